#include "canvas/canvas_style.h"
#include "canvas/map_layout.h"
#include "canvas/map_scene.h"
#include "cli_runner.h"
#include "export/exporter.h"
#include "store/json_interchange.h"
#include "test_main.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <cmath>

Q_DECLARE_METATYPE(sb::exporting::Content)

namespace tst_export {

using namespace sb;
using namespace sb::exporting;
using namespace sb::test;
using namespace Qt::Literals::StringLiterals;

// Exports of the example workshop, in-process through the renderer and through the command line:
// picture sizes by a formula checkable by hand, pixels of the rendered stages, PDF pages and
// text, SVG text, and every bad option refused with nothing written.
class TestExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;

    static QString example() { return QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json"); }
    QString temp(const QString& name) const { return m_dir.filePath(name); }
    MapUid mapUid() const { return m_doc->workshop().maps.first().uid; }
    const Map& map() const { return m_doc->workshop().maps.first(); }

    static QByteArray fileBytes(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString squeezed(QString text) {
        text.remove(QRegularExpression(u"\\s+"_s));
        return text;
    }

    static ExportOptions options(Format format) {
        ExportOptions o = ExportOptions::defaultsFor(format);
        o.workshopName = u"Shopper workshop"_s;
        o.date = QDate(2024, 5, 2);
        return o;
    }

    // The content rectangle by hand: everything, or the header row with the grid or with the
    // lanes and capabilities (the latter laid out without the grid); with the streams, the
    // arrows that curve out of the layout (each arrow item's bounding rectangle) too.
    QRectF expectedContent(Content content) const {
        canvas::MapScene scene(m_doc.get(), mapUid());
        scene.setShowGrid(content != Content::Streams);
        const canvas::MapLayout& l = scene.layout();
        if (content == Content::Grid)
            return QRectF(0, 0, l.stepHeaderRow.width(), l.gridArea.bottom());
        QRectF r = l.bounds;
        if (content == Content::Streams)
            r = QRectF(0, 0, l.stepHeaderRow.width(), l.capabilityBand.bottom());
        for (const Flow& f : map().flows)
            r |= scene.itemFor(ElementKind::Flow, f.id)->sceneBoundingRect();
        for (const Dependency& d : map().dependencies)
            r |= scene.itemFor(ElementKind::Dependency, d.id)->sceneBoundingRect();
        return r;
    }

    // Pages of a PDF: its page objects, not the page tree.
    static int pdfPageCount(const QByteArray& pdf) {
        static const QRegularExpression page(u"/Type\\s*/Page(?![s\\w])"_s);
        return static_cast<int>(QString::fromLatin1(pdf).count(page));
    }

    static QString pdfText(const QString& path) {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        // Compatibility forms undo the font's ligatures (ﬀ → ff).
        return QString::fromUtf8(p.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC);
    }

    void verifyEveryStageNameIn(const QString& text) {
        const QString all = squeezed(text);
        for (const Stage& s : map().stages)
            QVERIFY2(all.contains(squeezed(s.name)), qPrintable(s.name));
    }

    QStringList filesIn(const QString& dir) const {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    // A future map derived from the example: one Checkout stage moves to Storefront.
    Workshop withFutureMap() const {
        Workshop w = m_doc->workshop();
        Map future = w.maps.first();
        future.uid = 2;
        future.info.name = u"Future state"_s;
        future.info.state = MapState::Future;
        future.info.baseline = w.maps.first().info.name;
        for (Stage& s : future.stages)
            if (s.owner == u"t-checkout")
                s.owner = u"t-storefront"_s;
        future.streams.first().card[CardField::Risks].clear();
        w.maps.append(future);
        return w;
    }

    // An SVG export (widthPx wide, or at its DPI with 0) with every stage's name as text.
    void verifySvgHasRealText(int widthPx) {
        const QString path = temp(u"map.svg"_s);
        ExportOptions o = options(Format::Svg);
        o.widthPx = widthPx;
        QVERIFY(exportMap(m_doc.get(), mapUid(), path, o).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString text;
        QString title;
        int shapes = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"text")
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + u' ';
            else if (xml.name() == u"title")
                title = xml.readElementText();
            else if (xml.name() == u"path" || xml.name() == u"rect" || xml.name() == u"polygon")
                ++shapes;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(title, map().info.name);
        QVERIFY(shapes > map().stages.size());
        verifyEveryStageNameIn(text);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        makePublic(m_dir.path(), true);
        QString error;
        std::optional<Workshop> w = json::read(fileBytes(example()), &error);
        QVERIFY2(w, qPrintable(error));
        m_doc = std::make_unique<Document>(*w);
    }

    void pngSizeFollowsDpiAndContent_data() {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<Content>("content");
        QTest::newRow("72 all") << 72 << Content::All;
        QTest::newRow("96 all") << 96 << Content::All;
        QTest::newRow("150 all") << 150 << Content::All;
        QTest::newRow("300 grid") << 300 << Content::Grid;
        QTest::newRow("120 streams") << 120 << Content::Streams;
    }

    // pixels = round((content + 2 × 24) × dpi / 96) on each axis.
    void pngSizeFollowsDpiAndContent() {
        QFETCH(int, dpi);
        QFETCH(Content, content);
        ExportOptions o = options(Format::Png);
        o.dpi = dpi;
        o.content = content;
        const QString path = temp(u"size.png"_s);
        QVERIFY(exportMap(m_doc.get(), mapUid(), path, o).ok());
        const QImage image(path);
        const QRectF r = expectedContent(content);
        QCOMPARE(image.width(), static_cast<int>(std::lround((r.width() + 48) * dpi / 96.0)));
        QCOMPARE(image.height(), static_cast<int>(std::lround((r.height() + 48) * dpi / 96.0)));
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    }

    void pngWidthAndPaper() {
        ExportOptions o = options(Format::Png);
        o.widthPx = 1000;
        const QRectF r = expectedContent(Content::All);
        QImage image = renderMapImage(m_doc.get(), mapUid(), o, nullptr);
        QCOMPARE(image.width(), 1000);
        QCOMPARE(image.height(),
                 static_cast<int>(std::lround((r.height() + 48) * 1000 / (r.width() + 48))));

        // A4 landscape at 150 DPI: 297 mm × 210 mm → 1754 × 1240.
        o = options(Format::Png);
        o.page = Page::A4;
        image = renderMapImage(m_doc.get(), mapUid(), o, nullptr);
        QCOMPARE(image.size(), QSize(1754, 1240));
        o.orientation = Orientation::Portrait;
        image = renderMapImage(m_doc.get(), mapUid(), o, nullptr);
        QCOMPARE(image.size(), QSize(1240, 1754));
    }

    void selectionIsTheSelectedItemsBoundingRect() {
        ExportOptions o = options(Format::Png);
        o.dpi = 96;
        o.content = Content::Selection;
        o.selection = {{ElementKind::Stage, map().stages.first().id}};
        QString error;
        const QImage image = renderMapImage(m_doc.get(), mapUid(), o, &error);
        // The stage (184 × 92) and the 8 units its item reaches around it (the outlines of the
        // analysis marks and the connect handle), plus the margins of 24.
        QCOMPARE(image.size(), QSize(184 + 16 + 48, 92 + 16 + 48));
        o.selection.clear();
        QVERIFY(renderMapImage(m_doc.get(), mapUid(), o, &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    void stagesShowTheirOwnersTint_data() {
        QTest::addColumn<int>("dpi");
        QTest::newRow("96") << 96;
        QTest::newRow("200") << 200;
    }

    void stagesShowTheirOwnersTint() {
        QFETCH(int, dpi);
        ExportOptions o = options(Format::Png);
        o.dpi = dpi;
        QString error;
        const QImage image = renderMapImage(m_doc.get(), mapUid(), o, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        const canvas::MapLayout l = canvas::computeLayout(map());
        const QRectF content = expectedContent(Content::All);
        const qreal scale = dpi / 96.0;
        for (const Stage& s : map().stages) {
            // In the body: right of the owner's name, above the figures, clear of the band.
            const QRectF r = l.stages.value(s.id);
            const QPointF body(r.right() - 12, r.top() + 60);
            const QPoint px(qFloor((body.x() - content.left() + 24) * scale),
                            qFloor((body.y() - content.top() + 24) * scale));
            const QColor got = image.pixelColor(px);
            const QColor want = canvas::style::tint(map().teamColor(s.owner));
            const bool close = std::abs(got.red() - want.red()) <= 3 &&
                               std::abs(got.green() - want.green()) <= 3 &&
                               std::abs(got.blue() - want.blue()) <= 3 && got.alpha() == 255;
            QVERIFY2(close,
                     qPrintable(u"%1: %2 instead of %3"_s.arg(s.name, got.name(), want.name())));
        }
    }

    void backgroundIsWhiteOrTransparent() {
        ExportOptions o = options(Format::Png);
        o.dpi = 96;
        QString error;
        QImage image = renderMapImage(m_doc.get(), mapUid(), o, &error);
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
        QCOMPARE(image.pixelColor(image.width() - 3, image.height() - 3), QColor(Qt::white));
        o.background = Background::Transparent;
        image = renderMapImage(m_doc.get(), mapUid(), o, &error);
        QCOMPARE(image.pixelColor(2, 2).alpha(), 0);
        QCOMPARE(image.pixelColor(image.width() - 3, image.height() - 3).alpha(), 0);
        QCOMPARE(image.pixelColor(image.width() / 2, 24 + 28).alpha(), 255); // a step header
    }

    void pngIsRepeatable() {
        const ExportOptions o = options(Format::Png);
        QVERIFY(exportMap(m_doc.get(), mapUid(), temp(u"a.png"_s), o).ok());
        QVERIFY(exportMap(m_doc.get(), mapUid(), temp(u"b.png"_s), o).ok());
        const QByteArray a = fileBytes(temp(u"a.png"_s));
        QVERIFY(a.startsWith("\x89PNG"));
        QCOMPARE(a, fileBytes(temp(u"b.png"_s)));
    }

    void svgHasRealText() { verifySvgHasRealText(0); }

    // A fifth of the map's width puts its text far under the zoom where the screen stops
    // drawing it (canvas::ElementItem::minTextZoom): an export draws every name all the same.
    void smallSvgStillHasRealText() {
        canvas::MapScene scene(m_doc.get(), mapUid());
        const qreal width = scene.layout().bounds.width();
        QVERIFY(width / 5 < width * canvas::ElementItem::minTextZoom);
        verifySvgHasRealText(qRound(width / 5));
    }

    void pdfMapPage() {
        const QString path = temp(u"map.pdf"_s);
        QVERIFY(exportMap(m_doc.get(), mapUid(), path, options(Format::Pdf)).ok());
        const QByteArray pdf = fileBytes(path);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdfPageCount(pdf), 1);
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed");
        verifyEveryStageNameIn(text);
        // Title block and legend.
        for (const QString& s :
             {u"Shopper workshop"_s, u"Current state"_s, u"2 May 2024"_s, u"Storefront"_s, u"DBA"_s,
              u"Push flow"_s, u"kaizen burst"_s, u"Divergent cell"_s})
            QVERIFY2(text.contains(s), qPrintable(s));
    }

    void pdfTiles() {
        ExportOptions o = options(Format::Pdf);
        o.tile = true;
        o.page = Page::A4;
        const QString path = temp(u"tiles.pdf"_s);
        QVERIFY(exportMap(m_doc.get(), mapUid(), path, o).ok());
        // A4 landscape less 10 mm margins, less 28 units of footer under the tiles; tiles step by
        // their size less the 10 mm overlap: pages = ceil((length − overlap) / step) per axis.
        const qreal mm = 96 / 25.4;
        const qreal overlap = 10 * mm;
        const QSizeF area(277 * mm, 190 * mm - 28);
        const QRectF r = expectedContent(Content::All);
        const int columns =
            static_cast<int>(std::ceil((r.width() - overlap) / (area.width() - overlap)));
        const int rows =
            static_cast<int>(std::ceil((r.height() - overlap) / (area.height() - overlap)));
        QCOMPARE(pdfPageCount(fileBytes(path)), columns * rows);
        QVERIFY(columns * rows > 1);
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"row 1 of %1, column 1 of %2"_s.arg(rows).arg(columns)));
        verifyEveryStageNameIn(text);
    }

    void reviewPack() {
        ExportOptions o = options(Format::Pdf);
        o.reviewPack = true;
        const QString path = temp(u"review.pdf"_s);
        QVERIFY(exportMap(m_doc.get(), mapUid(), path, o).ok());
        QCOMPARE(pdfPageCount(fileBytes(path)), 1 + static_cast<int>(map().streams.size()));
        const QString text = pdfText(path);
        for (const Stream& s : map().streams)
            QVERIFY2(text.contains(s.name), qPrintable(s.name));
        for (const QString& s :
             {u"Value Stream Card"_s, u"North-star metric"_s, u"Lead time"_s, u"Flow efficiency"_s,
              u"Rolled %C&A"_s, u"Counted teams"_s, u"Critical path"_s, u"Findings"_s,
              u"Decision criteria"_s, u"Page 4 of 4"_s})
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(!text.contains(u"Before and after"_s));
    }

    void reviewPackComparesAFutureMapWithItsBaseline() {
        Document doc(withFutureMap());
        ExportOptions o = options(Format::Pdf);
        o.reviewPack = true;
        const QString path = temp(u"future.pdf"_s);
        QVERIFY(exportMap(&doc, 2, path, o).ok());
        // The map, a page per stream, the comparison table and its charts.
        QCOMPARE(pdfPageCount(fileBytes(path)), 1 + static_cast<int>(map().streams.size()) + 2);
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Before and after"_s));
        QVERIFY(text.contains(u"Before and after in charts"_s));
        QVERIFY(text.contains(u"Lead time per stream"_s));
        QVERIFY(text.contains(u"Hops per stream"_s));
        QVERIFY(text.contains(u"Future state"_s));
        // The emptied card field shows a dash after its label.
        QVERIFY(text.contains(u"—"_s));
    }

    // The roadmap page comes last, one table of every action in roadmap order; a map without
    // actions has no such page (reviewPack above).
    void reviewPackEndsWithTheRoadmap() {
        Workshop w = m_doc->workshop();
        Map& m = w.maps.first();
        Action late;
        late.id = u"a1"_s;
        late.title = u"Split the checkout team"_s;
        late.owner = u"t-checkout"_s;
        late.due = QDate(2024, 4, 30); // before the export's date, 2 May 2024
        late.status = ActionStatus::InProgress;
        late.links = {u"sp-checkout"_s};
        late.findings = {u"dependency-cycle:cap-orders,cap-pipeline"_s, u"gone:x"_s};
        Action done;
        done.id = u"a2"_s;
        done.title = u"Name an SLA owner"_s;
        done.due = QDate(2024, 1, 10);
        done.status = ActionStatus::Done;
        m.actions = {done, late};
        Document doc(w);
        ExportOptions o = options(Format::Pdf);
        o.reviewPack = true;
        const QString path = temp(u"roadmap.pdf"_s);
        QVERIFY(exportMap(&doc, mapUid(), path, o).ok());
        const int pages = 1 + static_cast<int>(map().streams.size()) + 1;
        QCOMPARE(pdfPageCount(fileBytes(path)), pages);
        const QString text = squeezed(pdfText(path));
        const qsizetype roadmap = text.indexOf(u"Actionroadmap"_s);
        QVERIFY(roadmap > 0);
        // After every stream page, on the last page.
        for (const Stream& s : map().streams)
            QVERIFY(text.lastIndexOf(squeezed(s.name), roadmap) >= 0);
        QVERIFY(text.contains(u"Page%1of%1"_s.arg(pages)));
        const QString page = text.mid(roadmap);
        for (const QString& s :
             {u"2actions:1open,1done·1overdueon"_s, u"Splitthecheckoutteam"_s, u"Checkout"_s,
              u"overdue"_s, u"Inprogress"_s, u"NameanSLAowner"_s, u"Done"_s,
              u"Finding:2elementsdependoneachotherinacircle"_s, u"Findingnolongerraised:gone"_s})
            QVERIFY2(page.contains(s), qPrintable(s));
        // In progress before done.
        QVERIFY(page.indexOf(u"Splitthecheckoutteam"_s) < page.indexOf(u"NameanSLAowner"_s));
    }

    void cancellingWritesNothing() {
        std::atomic_bool cancel = true;
        int reports = 0;
        const ExportProgress progress{[&](int, int) { ++reports; }, &cancel};
        for (Format f : {Format::Png, Format::Svg, Format::Pdf}) {
            const QString path = temp(u"cancelled."_s + formatName(f));
            const ExportResult r = exportMap(m_doc.get(), mapUid(), path, options(f), progress);
            QVERIFY(r.status == ExportResult::Status::Cancelled);
            QVERIFY(!QFile::exists(path));
        }
        QCOMPARE(reports, 0);
        QCOMPARE(filesIn(m_dir.path()).filter(u"cancelled"_s), QStringList());
    }

    void progressReachesTheEnd() {
        QList<std::pair<int, int>> steps;
        const ExportProgress progress{[&](int done, int total) { steps.append({done, total}); }};
        ExportOptions o = options(Format::Pdf);
        o.reviewPack = true;
        QVERIFY(exportMap(m_doc.get(), mapUid(), temp(u"p.pdf"_s), o, progress).ok());
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.last(), std::make_pair(4, 4));
    }

    // The command line.

    void cliWritesPictures() {
        const QString png = temp(u"cli.png"_s);
        CliResult r = runCli({u"export"_s, example(), png, u"--dpi"_s, u"96"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        const QRectF c = expectedContent(Content::All);
        QCOMPARE(QImage(png).size(), QSize(qRound(c.width() + 48), qRound(c.height() + 48)));

        r = runCli(
            {u"export"_s, example(), png, u"--width"_s, u"640"_s, u"--content"_s, u"grid"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImage(png).width(), 640);

        const QString pdf = temp(u"cli.pdf"_s);
        r = runCli({u"export"_s, example(), pdf, u"--review-pack"_s, u"--page"_s, u"a3"_s,
                    u"--portrait"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(pdfPageCount(fileBytes(pdf)), 4);

        const QString svg = temp(u"cli.svg"_s);
        r = runCli({u"export"_s, example(), svg, u"--map"_s, u"Current state"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(fileBytes(svg).contains("<text"));
    }

    void cliRefusesBadOptions_data() {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("reason");
        QTest::newRow("format") << u"map.gif"_s << QStringList() << u"cannot write"_s;
        QTest::newRow("dpi low") << u"map.png"_s << QStringList{u"--dpi"_s, u"71"_s} << u"--dpi"_s;
        QTest::newRow("dpi high") << u"map.png"_s << QStringList{u"--dpi"_s, u"601"_s}
                                  << u"--dpi"_s;
        QTest::newRow("dpi text") << u"map.png"_s << QStringList{u"--dpi"_s, u"high"_s}
                                  << u"--dpi"_s;
        QTest::newRow("dpi pdf") << u"map.pdf"_s << QStringList{u"--dpi"_s, u"300"_s}
                                 << u"PNG only"_s;
        QTest::newRow("width zero")
            << u"map.png"_s << QStringList{u"--width"_s, u"0"_s} << u"--width"_s;
        QTest::newRow("width negative")
            << u"map.png"_s << QStringList{u"--width"_s, u"-5"_s} << u"--width"_s;
        QTest::newRow("dpi and width")
            << u"map.png"_s << QStringList{u"--dpi"_s, u"96"_s, u"--width"_s, u"100"_s}
            << u"not both"_s;
        QTest::newRow("page") << u"map.pdf"_s << QStringList{u"--page"_s, u"B5"_s} << u"B5"_s;
        QTest::newRow("landscape portrait")
            << u"map.pdf"_s << QStringList{u"--landscape"_s, u"--portrait"_s} << u"not both"_s;
        QTest::newRow("landscape fit")
            << u"map.pdf"_s << QStringList{u"--page"_s, u"fit"_s, u"--landscape"_s}
            << u"paper size"_s;
        QTest::newRow("content") << u"map.png"_s << QStringList{u"--content"_s, u"cells"_s}
                                 << u"cells"_s;
        QTest::newRow("tile png") << u"map.png"_s << QStringList{u"--tile"_s} << u".pdf"_s;
        QTest::newRow("tile svg") << u"map.svg"_s << QStringList{u"--tile"_s} << u".pdf"_s;
        QTest::newRow("review png") << u"map.png"_s << QStringList{u"--review-pack"_s} << u".pdf"_s;
        QTest::newRow("review svg") << u"map.svg"_s << QStringList{u"--review-pack"_s} << u".pdf"_s;
        QTest::newRow("tile and review")
            << u"map.pdf"_s << QStringList{u"--tile"_s, u"--review-pack"_s} << u"not both"_s;
        QTest::newRow("tile fit") << u"map.pdf"_s << QStringList{u"--tile"_s, u"--page"_s, u"fit"_s}
                                  << u"paper size"_s;
        QTest::newRow("json dpi") << u"map.json"_s << QStringList{u"--dpi"_s, u"96"_s}
                                  << u"not to JSON"_s;
        QTest::newRow("unknown map")
            << u"map.png"_s << QStringList{u"--map"_s, u"Nope"_s} << u"Nope"_s;
    }

    void cliRefusesBadOptions() {
        QFETCH(QString, out);
        QFETCH(QStringList, options);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(out);
        const CliResult r = runCli(QStringList{u"export"_s, example(), path} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.trimmed().count('\n') == 0, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void cliUnwritablePathLeavesNothing_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << u"map.png"_s;
        QTest::newRow("svg") << u"map.svg"_s;
        QTest::newRow("pdf") << u"map.pdf"_s;
    }

    void cliUnwritablePathLeavesNothing() {
        QFETCH(QString, name);
        QTemporaryDir dir;
        makePublic(dir.path(), false);
        const QString path = dir.filePath(name);
        const CliResult r = runCli({u"export"_s, example(), path}, true);
        if (!runningAsRoot() && r.exitCode == 0)
            QSKIP("the folder is writable for this user");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.trimmed().count('\n') == 0, r.err.constData());
        QVERIFY(r.err.contains(name.toUtf8()));
        QCOMPARE(filesIn(dir.path()), QStringList());

        // A folder that does not exist.
        const CliResult missing = runCli({u"export"_s, example(), dir.filePath(u"no/"_s + name)});
        QCOMPARE(missing.exitCode, 2);
    }
};

STREAMBOARD_TEST_MAIN(TestExport)
} // namespace tst_export
#include "tst_export.moc"
