-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Official" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "userId" INTEGER,
    "fullName" TEXT NOT NULL,
    "positionKk" TEXT NOT NULL,
    "positionRu" TEXT NOT NULL,
    "roomId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sameDay" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Official_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Official_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Official_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Window" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Official" ("active", "fullName", "id", "officeId", "positionKk", "positionRu", "roomId", "sortOrder", "userId") SELECT "active", "fullName", "id", "officeId", "positionKk", "positionRu", "roomId", "sortOrder", "userId" FROM "Official";
DROP TABLE "Official";
ALTER TABLE "new_Official" RENAME TO "Official";
CREATE UNIQUE INDEX "Official_userId_key" ON "Official"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
