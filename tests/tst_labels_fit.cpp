// In German and in English, at the sizes the window starts with, the labels of the stream's
// summary box and of the agenda's steps are drawn whole: they fit the room they are given or
// wrap onto more lines, never cut short with "…".
#include "canvas/canvas_style.h"
#include "canvas/ladder_item.h"
#include "canvas/map_scene.h"
#include "facilitation/agenda_steps.h"
#include "i18n/translations.h"
#include "panels/agenda_panel.h"
#include "panels/agenda_row.h"
#include "test_main.h"
#include "test_paths.h"
#include "window/main_window.h"

#include <QDockWidget>
#include <QFontMetricsF>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace tst_labels_fit {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

class TestLabelsFit : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    // The example workshop in a window of the first start's size, in language.
    bool open(const QString& language) {
        QSettings().clear();
        if (!i18n::install(language))
            return false;
        m_window = std::make_unique<MainWindow>();
        if (!m_window->openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")))
            return false;
        m_window->resize(1400, 900);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"StreamboardTest"_s);
        QCoreApplication::setApplicationName(u"tst_labels_fit"_s);
    }
    void cleanup() {
        m_window.reset();
        i18n::install(u"en"_s);
        QSettings().clear();
    }

    void summaryBoxLabelsWhole_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presenting");
        QTest::newRow("English") << u"en"_s << false;
        QTest::newRow("German") << u"de"_s << false;
        // Presentation mode's larger type.
        QTest::newRow("English, presenting") << u"en"_s << true;
        QTest::newRow("German, presenting") << u"de"_s << true;
    }
    // "Bearbeitungszeit" beside "1 Wo. 4 Tage" did not fit and was cut to "Bearbeitungs…".
    void summaryBoxLabelsWhole() {
        QFETCH(QString, language);
        QFETCH(bool, presenting);
        QVERIFY(open(language));
        const canvas::style::ScopedTheme theme(presenting ? canvas::style::Theme::Presentation
                                                          : canvas::style::Theme::Normal);
        canvas::MapScene* scene = m_window->currentScene();
        QVERIFY(scene);
        const QStringList labels = canvas::summaryLabels();
        QCOMPARE(labels.size(), 4);
        for (const Stream& stream : scene->map()->streams) {
            const canvas::LadderItem* ladder = scene->ladderFor(stream.id);
            QVERIFY(ladder);
            const QRectF box = scene->layout().summaries.value(stream.id);
            QStringList drawnLabels;
            QList<QRectF> taken;
            for (const canvas::SummaryLine& line : ladder->summaryLines()) {
                const QString where = stream.name + u": "_s + line.text;
                QVERIFY2(box.contains(line.rect), qPrintable(where));
                const QFontMetricsF metrics(line.font);
                const QRectF needed = metrics.boundingRect(
                    QRectF(line.rect.topLeft(), QSizeF(line.rect.width(), 1e4)),
                    line.flags | Qt::TextWordWrap, line.text);
                QVERIFY2(needed.width() <= line.rect.width() + 0.01, qPrintable(where));
                QVERIFY2(needed.height() <= line.rect.height() + 0.01, qPrintable(where));
                // A label's line does not run into its value's, nor any line into another.
                for (const QRectF& other : std::as_const(taken))
                    QVERIFY2(!other.intersects(line.rect), qPrintable(where));
                taken.append(line.rect);
                if (line.role == canvas::SummaryLine::Role::Label)
                    drawnLabels.append(line.text);
            }
            QCOMPARE(drawnLabels, labels);
        }
    }

    void agendaTitlesWhole_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("German") << u"de"_s;
    }
    // "Gemeinsame Fähigkeiten herausarbeiten" was cut to "Gemeinsame Fähigkeiten heraus…".
    void agendaTitlesWhole() {
        QFETCH(QString, language);
        QVERIFY(open(language));
        auto* dock = m_window->findChild<QDockWidget*>(u"agendaDock"_s);
        QVERIFY(dock && dock->isVisible());
        QVERIFY(dock->width() <= 320); // the dock's width at the first start, as tested here
        for (int i = 0; i < agendaStepCount; ++i) {
            const auto step = static_cast<AgendaStep>(i);
            const panels::AgendaRow* row = m_window->agendaPanel()->row(step);
            const QString title = agendaTitle(step);
            const QRect rect = row->titleRect(row->width());
            QVERIFY2(rect.right() < row->width(), qPrintable(title));
            const QRect needed =
                QFontMetrics(row->titleFont())
                    .boundingRect(QRect(rect.topLeft(), QSize(rect.width(), 10000)),
                                  Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
            QVERIFY2(needed.width() <= rect.width(), qPrintable(title));
            QVERIFY2(needed.height() <= rect.height(), qPrintable(title));
            QVERIFY2(row->height() >= row->heightForWidth(row->width()), qPrintable(title));
        }
        // A running timer takes room from the title, which wraps the more.
        panels::AgendaRow* shared = m_window->agendaPanel()->row(AgendaStep::Shared);
        const int lines = shared->titleRect(shared->width()).height();
        shared->setTimerText(u"12:34"_s, false);
        QVERIFY(shared->titleRect(shared->width()).height() >= lines);
        QVERIFY(shared->titleRect(shared->width()).right() <
                shared->width() - QFontMetrics(shared->titleFont()).horizontalAdvance(u"12:34"_s));
    }
};

STREAMBOARD_TEST_MAIN(TestLabelsFit)
} // namespace tst_labels_fit
#include "tst_labels_fit.moc"
