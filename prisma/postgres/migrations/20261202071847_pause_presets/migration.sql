-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "pausePresets" TEXT NOT NULL DEFAULT 'Түскі үзіліс | Обеденный перерыв
Қысқа үзіліс | Короткий перерыв
Құжаттармен жұмыс | Работа с документами
Техникалық ақау | Технический сбой
Жиналыс | Совещание';
