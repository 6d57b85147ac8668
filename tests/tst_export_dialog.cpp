#include "export/export_options.h"
#include "test_main.h"
#include "test_maps.h"
#include "window/export_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace tst_export_dialog {

using namespace sb;
using namespace sb::exporting;
using namespace Qt::Literals::StringLiterals;

// The export dialog driven through its fields: the options it hands the exporter, the format
// following the file name, the inline reason an export cannot start, a real PNG of a map small
// enough to size by hand, remembered options, and the printed page.
class TestExportDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;

    static inline const QString stageName = u"Compare prices"_s;

    MapUid mapUid() const { return m_doc->workshop().maps.first().uid; }

    std::unique_ptr<ExportDialog> dialog(QList<commands::ElementRef> selection = {}) const {
        return std::make_unique<ExportDialog>(m_doc.get(), mapUid(), std::move(selection),
                                              u"Tiny workshop"_s);
    }

    template <typename T> static T* field(QWidget* dialog, const QString& name) {
        T* widget = dialog->findChild<T*>(name);
        if (!widget)
            qFatal("no field %s", qPrintable(name));
        return widget;
    }

    template <typename E> static void choose(QWidget* dialog, const QString& name, E value) {
        auto* combo = field<QComboBox>(dialog, name);
        combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
    }

    static void type(QWidget* dialog, const QString& name, const QString& text) {
        auto* spin = field<QAbstractSpinBox>(dialog, name);
        spin->selectAll();
        QTest::keyClicks(spin, text);
    }

    static void typePath(QWidget* dialog, const QString& path) {
        auto* edit = field<QLineEdit>(dialog, u"path"_s);
        edit->clear();
        QTest::keyClicks(edit, path);
    }

    static bool shown(QWidget* dialog, const QString& name) {
        return field<QWidget>(dialog, name)->isVisibleTo(dialog);
    }

    static QString pdfText(const QString& path) {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // One step, one stream with one stage: the layout is 690 × 438 scene units
        // (docs/export.md; ui/canvas/map_layout.h): width 240 header + 220 column + 230
        // summary; height 56 step row + 32 empty grid + 40 gap + 178 lane (14 + 92 + 14 + 58)
        // + 40 gap + 92 capability band (14 + 64 + 14).
        Map map = sbtest::MapBuilder().stream("shopping", "Shopping").map();
        map.uid = 1;
        map.info.name = u"Tiny map"_s;
        map.steps.append(Step{u"browse"_s, u"Browse"_s});
        Stage stage;
        stage.id = u"compare"_s;
        stage.stream = u"shopping"_s;
        stage.step = u"browse"_s;
        stage.name = stageName;
        map.stages.append(stage);
        Workshop workshop;
        workshop.maps.append(map);
        m_doc = std::make_unique<Document>(workshop);
    }

    void init() { QSettings().remove(u"export"_s); }

    void optionsFollowTheFields() {
        auto d = dialog();
        typePath(d.get(), m_dir.filePath(u"map.pdf"_s));
        QVERIFY(d->options().format == Format::Pdf);
        QVERIFY(d->options().page == Page::A4); // PDF starts from A4
        choose(d.get(), u"page"_s, Page::A3);
        choose(d.get(), u"orientation"_s, Orientation::Portrait);
        type(d.get(), u"margin"_s, u"15"_s);
        field<QCheckBox>(d.get(), u"legend"_s)->click();
        field<QCheckBox>(d.get(), u"reviewPack"_s)->click();
        choose(d.get(), u"content"_s, Content::Grid);
        ExportOptions o = d->options();
        QVERIFY(o.format == Format::Pdf);
        QVERIFY(o.page == Page::A3);
        QVERIFY(o.orientation == Orientation::Portrait);
        QCOMPARE(o.marginMm, 15.0);
        QVERIFY(o.titleBlock);
        QVERIFY(!o.legend);
        QVERIFY(o.reviewPack);
        QVERIFY(!o.tile);
        QVERIFY(o.content == Content::Grid);
        QCOMPARE(o.workshopName, u"Tiny workshop"_s);
        QCOMPARE(o.date, QDate::currentDate());
        QCOMPARE(d->path(), m_dir.filePath(u"map.pdf"_s));

        // PNG by width on a transparent background: the PDF-only choices do not apply.
        choose(d.get(), u"format"_s, Format::Png);
        QCOMPARE(d->path(), m_dir.filePath(u"map.png"_s));
        field<QComboBox>(d.get(), u"sizeMode"_s)->setCurrentIndex(1);
        type(d.get(), u"width"_s, u"800"_s);
        choose(d.get(), u"background"_s, Background::Transparent);
        o = d->options();
        QVERIFY(o.format == Format::Png);
        QCOMPARE(o.widthPx, 800);
        QVERIFY(o.background == Background::Transparent);
        QVERIFY(o.page == Page::Fit); // the PNG's own page choice, not the PDF's A3
        QVERIFY(!o.reviewPack);
        QVERIFY(o.content == Content::Grid);
    }

    void invalidDpiDisablesExportWithTheReason() {
        auto d = dialog();
        typePath(d.get(), m_dir.filePath(u"map.png"_s));
        auto* exportButton = field<QPushButton>(d.get(), u"export"_s);
        auto* message = field<QLabel>(d.get(), u"message"_s);
        QVERIFY(exportButton->isEnabled());
        QVERIFY(message->text().isEmpty());
        type(d.get(), u"dpi"_s, u"50"_s);
        QCOMPARE(d->options().dpi, 50);
        QVERIFY(!exportButton->isEnabled());
        QCOMPARE(message->text(),
                 u"Cannot export: the resolution must be between 72 and 600 DPI."_s);
        type(d.get(), u"dpi"_s, u"600"_s);
        QVERIFY(exportButton->isEnabled());
        QVERIFY(message->text().isEmpty());
        field<QLineEdit>(d.get(), u"path"_s)->clear();
        QVERIFY(!exportButton->isEnabled());
        QCOMPARE(message->text(), u"Cannot export: choose a file to export to."_s);
    }

    void svgFileNameSwitchesFormatAndHidesPdfOptions() {
        auto d = dialog();
        typePath(d.get(), m_dir.filePath(u"map.pdf"_s));
        QVERIFY(shown(d.get(), u"titleBlock"_s));
        QVERIFY(shown(d.get(), u"page"_s));
        QVERIFY(!shown(d.get(), u"dpi"_s));
        typePath(d.get(), m_dir.filePath(u"drawing.SVG"_s));
        QVERIFY(field<QComboBox>(d.get(), u"format"_s)->currentData().toInt() ==
                static_cast<int>(Format::Svg));
        QVERIFY(d->options().format == Format::Svg);
        for (const QString& pdfOnly : {u"titleBlock"_s, u"legend"_s, u"tile"_s, u"reviewPack"_s,
                                       u"page"_s, u"orientation"_s, u"margin"_s})
            QVERIFY2(!shown(d.get(), pdfOnly), qPrintable(pdfOnly));
        QVERIFY(!shown(d.get(), u"dpi"_s));        // vector
        QVERIFY(!shown(d.get(), u"background"_s)); // PNG only
        QVERIFY(shown(d.get(), u"sizeMode"_s));
        // A name without an extension takes the format's.
        typePath(d.get(), m_dir.filePath(u"plain"_s));
        QCOMPARE(d->path(), m_dir.filePath(u"plain.svg"_s));
    }

    // At 192 DPI: (690 + 2 × 24) × 2 = 1476 and (438 + 2 × 24) × 2 = 972 pixels.
    void exportWritesThePngAndRemembersTheOptions() {
        const QString path = m_dir.filePath(u"tiny.png"_s);
        {
            auto d = dialog();
            QSignalSpy exported(d.get(), &ExportDialog::exported);
            typePath(d.get(), path);
            type(d.get(), u"dpi"_s, u"192"_s);
            choose(d.get(), u"background"_s, Background::Transparent);
            QTest::mouseClick(field<QPushButton>(d.get(), u"export"_s), Qt::LeftButton);
            QCOMPARE(exported.count(), 1);
            QCOMPARE(exported.first().first().toString(), path);
            QCOMPARE(d->result(), int(QDialog::Accepted));
        }
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1476, 972));
        QCOMPARE(qAlpha(image.pixel(2, 2)), 0); // transparent margin
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);

        auto again = dialog();
        QCOMPARE(field<QSpinBox>(again.get(), u"dpi"_s)->value(), 192);
        QVERIFY(again->options().background == Background::Transparent);
        QVERIFY(again->options().format == Format::Png);
        QCOMPARE(QFileInfo(again->path()).absolutePath(), QFileInfo(path).absolutePath());
        QCOMPARE(QFileInfo(again->path()).fileName(), u"Tiny map.png"_s);
    }

    // A folder that does not exist: the reason in a message box, the dialog stays open.
    void failedExportShowsTheReasonAndKeepsTheDialog() {
        auto d = dialog();
        d->show();
        typePath(d.get(), m_dir.filePath(u"missing/map.pdf"_s));
        QString shownText;
        QTimer::singleShot(0, this, [&shownText] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            shownText = box->text();
            box->accept();
        });
        QTest::keyClick(d.get(), Qt::Key_Return);
        QVERIFY2(shownText.contains(u"missing/map.pdf"_s), qPrintable(shownText));
        QVERIFY(d->isVisible());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"missing"_s)));
    }

    void selectionIsOfferedOnlyWithASelection() {
        auto d = dialog();
        auto* content = field<QComboBox>(d.get(), u"content"_s);
        auto* model = qobject_cast<QStandardItemModel*>(content->model());
        const int selection = content->findData(static_cast<int>(Content::Selection));
        QVERIFY(!model->item(selection)->isEnabled());
        QVERIFY(model->item(content->findData(static_cast<int>(Content::All)))->isEnabled());

        const QList<commands::ElementRef> selected{{ElementKind::Stage, u"compare"_s}};
        auto withSelection = dialog(selected);
        auto* content2 = field<QComboBox>(withSelection.get(), u"content"_s);
        auto* model2 = qobject_cast<QStandardItemModel*>(content2->model());
        QVERIFY(model2->item(selection)->isEnabled());
        content2->setCurrentIndex(selection);
        const ExportOptions o = withSelection->options();
        QVERIFY(o.content == Content::Selection);
        QCOMPARE(o.selection.size(), 1);
        QCOMPARE(o.selection.first().key, u"compare"_s);
    }

    void printingPaintsTheMapPage() {
        const QString path = m_dir.filePath(u"printed.pdf"_s);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageOrientation(QPageLayout::Landscape);
        ExportOptions o = ExportOptions::defaultsFor(Format::Pdf);
        o.workshopName = u"Tiny workshop"_s;
        o.date = QDate(2024, 5, 2);
        QVERIFY(printMap(&printer, m_doc.get(), mapUid(), o));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF-"));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Compareprices"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Tinyworkshop"_s), qPrintable(text)); // the title block
        QVERIFY2(text.contains(u"Tinymap"_s), qPrintable(text));
    }
};

STREAMBOARD_TEST_MAIN(TestExportDialog)
} // namespace tst_export_dialog
#include "tst_export_dialog.moc"
