// Text broken into lines, elided and sized for the canvas and its exports: one size for all the
// texts of a grid cell, wrapped, with "…" only where a text cannot fit.
#include "canvas/canvas_style.h"
#include "canvas/grid_items.h"
#include "canvas/text_layout.h"
#include "test_main.h"

#include <QFontMetricsF>
#include <QTest>

namespace tst_text_layout {

using namespace sb::canvas;
using namespace Qt::Literals::StringLiterals;

QFont dejaVu(int pixelSize) {
    QFont font = style::bodyFont();
    font.setPixelSize(pixelSize);
    return font;
}

qreal advance(const QString& text, int pixelSize) {
    return QFontMetricsF(dejaVu(pixelSize)).horizontalAdvance(text);
}

class TestTextLayout : public QObject {
    Q_OBJECT
private slots:
    // The canvas's body font is DejaVu Sans at 12 px: its lines are 1.164 em apart, 13.97 px,
    // so 31 px hold two lines.
    void twoLinesFitACellRow() {
        QCOMPARE(dejaVu(12).family(), u"DejaVu Sans"_s);
        QCOMPARE(linesThatFit(dejaVu(12), 31), 2);
        QCOMPARE(linesThatFit(dejaVu(12), 10), 1); // at least one
    }

    // A long text in a box just wider than its first five words breaks after them, at the size
    // of the short text beside it.
    void longTextWrapsAtTheSizeOfTheShortOnes() {
        const QString text = u"Shoppers pay with a saved card in one tap"_s;
        const qreal width = advance(u"Shoppers pay with a saved"_s, 12) + 2;
        const QList<TextArea> areas = {{u"Pay"_s, QSizeF(width, 31)}, {text, QSizeF(width, 31)}};
        QCOMPARE(sharedPixelSize(areas, dejaVu(12), 8), 12);
        const WrappedText wrapped = wrapText(text, dejaVu(12), width, 2);
        QCOMPARE(wrapped.lines,
                 QStringList({u"Shoppers pay with a saved"_s, u"card in one tap"_s}));
        QVERIFY(!wrapped.elided);
    }

    // "alpha bravo" is one line wide at 10 px (and, wider at 11 and 12 px, needs two there), in a
    // box one line high at every size from 10 px up (15 px < two lines of 11.6 px): 10 px is the
    // largest size at which both texts fit.
    void oneSizeIsTheLargestAtWhichEveryTextFits() {
        const qreal width = advance(u"alpha bravo"_s, 10) + 0.5;
        const QList<TextArea> areas = {{u"Pay"_s, QSizeF(width, 15)},
                                       {u"alpha bravo"_s, QSizeF(width, 15)}};
        QCOMPARE(sharedPixelSize(areas, dejaVu(12), 8), 10);
        QCOMPARE(wrapText(u"alpha bravo"_s, dejaVu(10), width, 1).lines,
                 QStringList({u"alpha bravo"_s}));
        // At 11 px the same text needs a second line, which the box does not hold.
        const WrappedText at11 = wrapText(u"alpha bravo"_s, dejaVu(11), width, 1);
        QVERIFY(at11.elided);
    }

    // Text that does not fit even at the smallest size is elided: the smallest size, the lines
    // the box holds, the last ending in "…", no line wider than the box.
    void textThatCannotFitEndsInAnEllipsis() {
        const QString text = u"alpha bravo charlie delta echo foxtrot golf hotel india"_s;
        const qreal width = advance(u"alpha bravo"_s, 8) + 1;
        // At 8 px lines are 9.3 px apart: 20 px hold two.
        const QList<TextArea> areas = {{u"Pay"_s, QSizeF(width, 20)}, {text, QSizeF(width, 20)}};
        QCOMPARE(sharedPixelSize(areas, dejaVu(12), 8), 8);
        QCOMPARE(linesThatFit(dejaVu(8), 20), 2);
        const WrappedText wrapped = wrapText(text, dejaVu(8), width, 2);
        QVERIFY(wrapped.elided);
        QCOMPARE(wrapped.lines.size(), 2);
        QCOMPARE(wrapped.lines.first(), u"alpha bravo"_s);
        QVERIFY2(wrapped.lines.last().endsWith(u"…"_s), qPrintable(wrapped.lines.last()));
        for (const QString& line : wrapped.lines)
            QVERIFY(advance(line, 8) <= width);
        // Text that fits is not elided.
        QVERIFY(!wrapText(u"Pay"_s, dejaVu(8), width, 2).elided);
    }

    // A cell 220 × 136: four rows of (136 − 12) / 4 = 31 px, the text 220 − 16 − 60 = 144 px
    // wide beside a 60 px label column. A long value takes two lines at the size of the short
    // ones (12 px); the labels (11 px) are no larger.
    void cellWrapsALongTextAtOneSize() {
        const QString value = u"Shoppers pay with a saved card"_s; // about 200 px at 12 px
        const CellItem::TextLayout cell =
            CellItem::layoutText(QRectF(0, 0, 220, 136), {u"Pay"_s, value, u"Paid"_s, u"Orders"_s},
                                 false, TextFit::Wrap);
        QCOMPARE(cell.textFont.pixelSize(), 12);
        QCOMPARE(cell.labelFont.pixelSize(), 11);
        QCOMPARE(cell.rows.size(), 4);
        QCOMPARE(cell.rows[0].text.lines, QStringList({u"Pay"_s}));
        QCOMPARE(cell.rows[1].text.lines.size(), 2);
        QCOMPARE(cell.rows[1].text.lines.join(u' '), value);
        QVERIFY(!cell.rows[1].text.elided);
        QCOMPARE(cell.rows[1].textRect.width(), 144.0);
        // The rows start at 6 + 31·i; a one-line text is centred in its row, two lines fill it.
        const qreal spacing = QFontMetricsF(cell.textFont).lineSpacing();
        QCOMPARE(cell.rows[0].textRect.top(), 6 + (31 - spacing) / 2);
        QCOMPARE(cell.rows[1].textRect.top(), 37 + (31 - 2 * spacing) / 2);
        QCOMPARE(cell.rows[1].labelRect.top(), cell.rows[1].textRect.top());
        QCOMPARE(cell.rows[1].textRect.left(), 68.0);
    }

    // 150 characters are far more than three lines of 144 px at 8 px (about 30 characters a
    // line): the whole cell takes 8 px, the long text ends in "…", the labels shrink with it.
    void cellElidesAtTheSmallestSize() {
        const QString value = QString(u"checkout "_s).repeated(17);
        const CellItem::TextLayout cell =
            CellItem::layoutText(QRectF(0, 0, 220, 136), {u"Pay"_s, value, u"Paid"_s, u"Orders"_s},
                                 false, TextFit::Wrap);
        QCOMPARE(cell.textFont.pixelSize(), CellItem::minPixelSize);
        QCOMPARE(cell.labelFont.pixelSize(), CellItem::minPixelSize);
        QCOMPARE(cell.rows[1].text.lines.size(), 3); // 31 / 9.3
        QVERIFY(cell.rows[1].text.elided);
        QVERIFY(cell.rows[1].text.lines.last().endsWith(u"…"_s));
        QCOMPARE(cell.rows[0].text.lines, QStringList({u"Pay"_s}));
    }

    // On screen the cell keeps the body size and elides what two lines do not hold.
    void cellOnScreenKeepsTheBodySize() {
        const QString value = QString(u"checkout "_s).repeated(17);
        const CellItem::TextLayout cell =
            CellItem::layoutText(QRectF(0, 0, 220, 136), {u"Pay"_s, value, u"Paid"_s, u"Orders"_s},
                                 true, TextFit::Elide);
        QCOMPARE(cell.textFont.pixelSize(), 12);
        QCOMPARE(cell.rows[1].text.lines.size(), 2);
        QVERIFY(cell.rows[1].text.elided);
        // The divergence fork takes 24 px of the first row.
        QCOMPARE(cell.rows[0].textRect.width(), 120.0);
    }
};

STREAMBOARD_TEST_MAIN(TestTextLayout)
} // namespace tst_text_layout
#include "tst_text_layout.moc"
