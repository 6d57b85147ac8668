#include "canvas/map_scene.h"
#include "model/document.h"
#include "panels/duration_field.h"
#include "panels/element_form.h"
#include "panels/field_widgets.h"
#include "panels/inspector_panel.h"
#include "panels/teams_model.h"
#include "panels/teams_panel.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QWheelEvent>

namespace tst_panels {

using namespace sb;
using namespace Qt::Literals::StringLiterals;
using commands::ElementRef;
using panels::DurationField;
using panels::InspectorPanel;
using panels::TeamsPanel;
using panels::TextArea;

// A store that refuses every change, as a workshop file opened read-only does.
class ReadOnlyStore : public Store {
public:
    bool isReadOnly() const override { return true; }
    WorkshopAddress address() const override { return u"read-only.vsmap"_s; }
    QString displayName() const override { return u"read-only.vsmap"_s; }
    bool write(const Journal&, const Workshop&) override { return false; }
    bool copyTo(const WorkshopAddress&) override { return false; }
    MapUid nextMapUid() override { return 100; }
    QString errorString() const override { return u"read-only"_s; }
};

// The inspector and the teams panel driven as a user would (keys, clicks, combo picks), with the
// Document checked after every step: what it holds and how many undo entries it has.
class TestPanels : public QObject {
    Q_OBJECT

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<InspectorPanel> m_inspector;

    // smallMap with an 8-hour working day and a third step, whose cell is not stored.
    static Map workshopMap() {
        Map m = test::smallMap();
        m.info.settings.workingDayHours = 8;
        m.steps.append(Step{u"c3"_s, u"Receive"_s});
        return m;
    }

    const Map& map() const { return *m_doc->map(1); }
    int undoCount() const { return m_doc->undoStack()->count(); }

    void openInspector(std::optional<ElementRef> element) {
        m_inspector = std::make_unique<InspectorPanel>();
        m_inspector->setDocument(m_doc.get());
        m_inspector->setMap(1);
        m_inspector->showElement(element);
        m_inspector->resize(420, 900);
        m_inspector->show();
        m_inspector->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_inspector.get()));
    }

    // The field a label names, found as a user finds it: through the label's buddy.
    template <class Field = QWidget> Field* field(const QString& labelText) const {
        const QList<QLabel*> labels = m_inspector->form()->findChildren<QLabel*>();
        for (const QLabel* label : labels)
            if (withoutMnemonic(label->text()) == labelText && label->buddy())
                if (auto* f = qobject_cast<Field*>(label->buddy()))
                    return f;
        return nullptr;
    }

    static QString withoutMnemonic(QString text) {
        text.replace(u"&&"_s, u"\x1"_s).remove(u'&');
        return text.replace(u"\x1"_s, u"&"_s);
    }

    bool hasLabel(const QString& text) const {
        const QList<QLabel*> labels = m_inspector->form()->findChildren<QLabel*>();
        return std::any_of(labels.begin(), labels.end(),
                           [&](const QLabel* l) { return l->text() == text && l->isVisible(); });
    }

    QLineEdit* durationEdit(const QString& labelText) const {
        auto* f = field<DurationField>(labelText);
        return f ? f->lineEdit() : nullptr;
    }

    static void retype(QLineEdit* edit, const QString& text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private slots:
    void init() {
        Workshop w;
        w.maps = {workshopMap()};
        m_doc = std::make_unique<Document>(w);
    }

    void cleanup() {
        m_inspector.reset();
        m_doc.reset();
        QLocale::setDefault(QLocale::c());
    }

    void typingAStageNameIsOneUndoEntry() {
        openInspector(ElementRef{ElementKind::Stage, u"b"_s});
        auto* name = field<QLineEdit>(u"Name"_s);
        QVERIFY(name);
        QCOMPARE(name->text(), u"Build"_s);
        m_inspector->focusMainField();
        QCOMPARE(name->selectedText(), u"Build"_s);
        QTest::keyClicks(name, u"Code"_s);
        QCOMPARE(map().find<Stage>(u"b"_s)->name, u"Code"_s);
        QCOMPARE(undoCount(), 1);
        // The field kept the focus and the cursor through the four refreshes.
        QVERIFY(name->hasFocus());
        QCOMPARE(name->cursorPosition(), 4);
        QTest::keyClick(name, Qt::Key_Backspace);
        QCOMPARE(map().find<Stage>(u"b"_s)->name, u"Cod"_s);
        QCOMPARE(undoCount(), 1);

        m_doc->undoStack()->undo();
        QCOMPARE(map().find<Stage>(u"b"_s)->name, u"Build"_s);
        QCOMPARE(name->text(), u"Build"_s);
    }

    void undoKeyInAFieldUndoesTheDocument() {
        openInspector(ElementRef{ElementKind::Stage, u"a"_s});
        auto* name = field<QLineEdit>(u"Name"_s);
        retype(name, u"Intake"_s);
        QCOMPARE(map().find<Stage>(u"a"_s)->name, u"Intake"_s);
        QTest::keySequence(name, QKeySequence::Undo);
        QCOMPARE(map().find<Stage>(u"a"_s)->name, u"Backlog"_s);
        QCOMPARE(name->text(), u"Backlog"_s);
        QCOMPARE(m_doc->undoStack()->index(), 0);
    }

    void compoundDurationWithAnEightHourDay() {
        openInspector(ElementRef{ElementKind::Stage, u"b"_s});
        QLineEdit* pt = durationEdit(u"Process time"_s);
        QVERIFY(pt);
        QCOMPARE(pt->text(), u"2h"_s); // 7200 s
        retype(pt, u"1d 4h"_s);
        QCOMPARE(map().find<Stage>(u"b"_s)->processTime, 7200.0); // not before Enter
        QTest::keyClick(pt, Qt::Key_Return);
        QCOMPARE(map().find<Stage>(u"b"_s)->processTime, 43200.0); // 8 h + 4 h
        QCOMPARE(undoCount(), 1);
        QCOMPARE(pt->text(), u"1d 4h"_s);
        // LT 14400 s (4 h) − PT 43200 s: the lead time is now one 8-hour day short.
        QVERIFY(hasLabel(u"Lead time is shorter than process time by 1d"_s));
    }

    void decimalCommaUnderAGermanLocale() {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        openInspector(ElementRef{ElementKind::Stage, u"c"_s});
        QLineEdit* lt = durationEdit(u"Lead time"_s);
        QCOMPARE(lt->text(), u"3d"_s); // 86400 s = three 8-hour days
        retype(lt, u"1,5d"_s);
        QTest::keyClick(lt, Qt::Key_Return);
        QCOMPARE(map().find<Stage>(u"c"_s)->leadTime, 43200.0); // 1.5 × 8 h
        QCOMPARE(lt->text(), u"1d 4h"_s);
    }

    void aBadDurationIsShownAndLeavesTheModelAlone() {
        openInspector(ElementRef{ElementKind::Stage, u"b"_s});
        auto* lead = field<DurationField>(u"Lead time"_s);
        QLineEdit* lt = lead->lineEdit();
        QCOMPARE(lt->text(), u"4h"_s);
        retype(lt, u"3 parsecs"_s);
        QTest::keyClick(lt, Qt::Key_Return);
        QCOMPARE(map().find<Stage>(u"b"_s)->leadTime, 14400.0);
        QCOMPARE(undoCount(), 0);
        QCOMPARE(lt->text(), u"3 parsecs"_s);
        QVERIFY2(lead->errorText().contains(u"parsecs"_s), qPrintable(lead->errorText()));
        QCOMPARE(lt->toolTip(), lead->errorText());
        QVERIFY(!lt->styleSheet().isEmpty());
        // The message is on screen, under the field.
        const QList<QLabel*> labels = lead->findChildren<QLabel*>();
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels[0]->isVisible());
        QCOMPARE(labels[0]->text(), lead->errorText());
        QVERIFY(labels[0]->geometry().top() >= lt->geometry().bottom());

        QTest::keyClick(lt, Qt::Key_Escape);
        QCOMPARE(lt->text(), u"4h"_s);
        QCOMPARE(lead->errorText(), QString());
        QVERIFY(!labels[0]->isVisible());
        QVERIFY(lt->styleSheet().isEmpty());
        QCOMPARE(map().find<Stage>(u"b"_s)->leadTime, 14400.0);
        QCOMPARE(undoCount(), 0);
    }

    void leavingTheElementCommitsAPendingDuration() {
        openInspector(ElementRef{ElementKind::Stage, u"c"_s});
        retype(durationEdit(u"Lead time"_s), u"2h"_s);
        QCOMPARE(map().find<Stage>(u"c"_s)->leadTime, 86400.0);
        m_inspector->showElement(ElementRef{ElementKind::Stage, u"a"_s});
        QCOMPARE(map().find<Stage>(u"c"_s)->leadTime, 7200.0);
        QCOMPARE(undoCount(), 1);
        QCOMPARE(durationEdit(u"Lead time"_s)->text(), u"1h"_s); // stage a's
    }

    void deletingTheElementBeingTypedIn() {
        openInspector(ElementRef{ElementKind::Stage, u"c"_s});
        retype(durationEdit(u"Process time"_s), u"5h"_s);
        QVERIFY(m_doc->push(
            commands::removeElements(m_doc.get(), 1, {{ElementKind::Stage, u"c"_s}}).release()));
        QVERIFY(!m_inspector->shownElement());
        QCOMPARE(undoCount(), 1);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(map().stages.size(), 2);
    }

    void aReadOnlyDocumentCannotBeEdited() {
        Workshop w;
        w.maps = {workshopMap()};
        m_doc = std::make_unique<Document>(w, std::make_unique<ReadOnlyStore>());
        openInspector(ElementRef{ElementKind::Stage, u"b"_s});
        QVERIFY(!m_inspector->form()->isEnabled());
        TeamsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        QVERIFY(!panel.addButton()->isEnabled());
        QVERIFY(panel.addTeam().isEmpty());
        QCOMPARE(map().teams.size(), 2);
    }

    void tabRunsDownTheStageForm() {
        openInspector(ElementRef{ElementKind::Stage, u"b"_s});
        m_inspector->focusMainField();
        const QList<QWidget*> expected = {field<QComboBox>(u"Owner team"_s),
                                          field<QComboBox>(u"Journey step"_s),
                                          durationEdit(u"Process time"_s),
                                          durationEdit(u"Lead time"_s), field<QSpinBox>(u"%C&A"_s)};
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(u"Name"_s));
        for (QWidget* next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* focused = QApplication::focusWidget();
            // A spin box hands the focus to its line edit.
            QVERIFY(focused == next || focused->parentWidget() == next);
        }
    }

    void ownerComboChangesTheOwner() {
        openInspector(ElementRef{ElementKind::Stage, u"b"_s});
        auto* owner = field<QComboBox>(u"Owner team"_s);
        QVERIFY(owner);
        QCOMPARE(owner->count(), 3); // No owner, Checkout, Platform
        QCOMPARE(owner->currentText(), u"Checkout"_s);
        owner->setFocus();
        QTest::keyClick(owner, Qt::Key_Down);
        QCOMPARE(map().find<Stage>(u"b"_s)->owner, u"t2"_s);
        QCOMPARE(owner->currentText(), u"Platform"_s);
        QTest::keyClick(owner, Qt::Key_Home);
        QCOMPARE(map().find<Stage>(u"b"_s)->owner, QString());
        QCOMPARE(owner->currentText(), u"No owner"_s);
    }

    void waitTimeAndPctCA() {
        openInspector(ElementRef{ElementKind::Stage, u"c"_s});
        // LT 86400 − PT 600 = 85800 s = 2 days of 8 h and 7 h 50 m, which rounds to 2d 8h = 3d.
        QVERIFY(hasLabel(u"3d"_s));
        auto* pct = field<QSpinBox>(u"%C&A"_s);
        QVERIFY(pct);
        QCOMPARE(pct->value(), 80);
        pct->setFocus();
        pct->selectAll();
        QTest::keyClicks(pct, u"65"_s);
        QCOMPARE(map().find<Stage>(u"c"_s)->pctCA, 80.0); // not before Enter
        QTest::keyClick(pct, Qt::Key_Return);
        QCOMPARE(map().find<Stage>(u"c"_s)->pctCA, 65.0);
        QCOMPARE(undoCount(), 1);
    }

    void editingACardField() {
        openInspector(ElementRef{ElementKind::Stream, u"vs1"_s});
        auto* finishLine = field<TextArea>(u"Finish line"_s);
        QVERIFY(finishLine);
        finishLine->setFocus();
        QTest::keyClicks(finishLine, u"Goods received"_s);
        QCOMPARE(map().find<Stream>(u"vs1"_s)->card[CardField::FinishLine], u"Goods received"_s);
        QCOMPARE(undoCount(), 1);
        QCOMPARE(finishLine->textCursor().position(), 14);
        // Every other card field is untouched.
        Card expected;
        expected[CardField::FinishLine] = u"Goods received"_s;
        QCOMPARE(map().find<Stream>(u"vs1"_s)->card, expected);
        // All thirteen fields are there, each with its label.
        for (const char* label :
             {"For", "Trigger", "Finish line", "Outcome", "North-star metric", "Supporting metrics",
              "Revenue streams", "Policies, SLAs, constraints", "Owns", "Relies on",
              "Capabilities and systems", "Interfaces and dependencies", "Risks and failure modes"})
            QVERIFY2(field<TextArea>(QString::fromUtf8(label)), label);
    }

    void streamFlowItems() {
        openInspector(ElementRef{ElementKind::Stream, u"vs1"_s});
        auto* features = field<QSpinBox>(u"Features"_s); // the done column
        QVERIFY(features);
        features->setFocus();
        features->selectAll();
        QTest::keyClicks(features, u"12"_s);
        QTest::keyClick(features, Qt::Key_Return);
        QCOMPARE(map().find<Stream>(u"vs1"_s)->flowItems.done.features, 12);
        QCOMPARE(map().find<Stream>(u"vs1"_s)->flowItems.inProgress.features, 0);
        QCOMPARE(undoCount(), 1);
    }

    // Scrolling the inspector must not change the field that passes under the pointer; a field
    // the user has clicked into still takes the wheel.
    void theWheelChangesOnlyAFocusedField() {
        openInspector(ElementRef{ElementKind::Stream, u"vs1"_s});
        auto* period = field<QSpinBox>(u"Period"_s);
        QVERIFY(period);
        const double before = map().find<Stream>(u"vs1"_s)->flowItems.periodDays;
        auto wheelDown = [&] {
            QWheelEvent wheel(QPointF(5, 5), period->mapToGlobal(QPointF(5, 5)), QPoint(),
                              QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                              false);
            QApplication::sendEvent(period, &wheel);
        };
        field<QLineEdit>(u"Name"_s)->setFocus();
        wheelDown();
        QCOMPARE(map().find<Stream>(u"vs1"_s)->flowItems.periodDays, before);
        QCOMPARE(undoCount(), 0);
        QCOMPARE(period->focusPolicy(), Qt::StrongFocus);

        period->setFocus();
        wheelDown();
        QCOMPARE(map().find<Stream>(u"vs1"_s)->flowItems.periodDays, before - 1);
        QCOMPARE(undoCount(), 1);
    }

    void writingInAnEmptyCellCreatesIt() {
        const QString key = cellKey(u"s1"_s, u"c3"_s);
        QVERIFY(!map().find<Cell>(key));
        openInspector(ElementRef{ElementKind::Cell, key});
        QVERIFY(m_inspector->shownElement()->kind == ElementKind::Cell);
        auto* intent = field<TextArea>(u"Intent"_s);
        QVERIFY(intent);
        intent->setFocus();
        QTest::keyClick(intent, 'G');
        QCOMPARE(map().cells.size(), 3);
        QCOMPARE(map().find<Cell>(key)->intent, u"G"_s);
        QCOMPARE(undoCount(), 1);
        QTest::keyClick(intent, 'o');
        QCOMPARE(map().find<Cell>(key)->intent, u"Go"_s);
        QCOMPARE(undoCount(), 1);

        m_doc->undoStack()->undo();
        QCOMPARE(map().cells.size(), 2);
        QVERIFY(!map().find<Cell>(key));
        // The empty cell is still shown, ready to be written in again.
        QCOMPARE(m_inspector->shownElement()->key, key);
        QCOMPARE(field<TextArea>(u"Intent"_s)->toPlainText(), QString());
    }

    void storedCellFieldsAndDivergence() {
        openInspector(ElementRef{ElementKind::Cell, cellKey(u"s1"_s, u"c1"_s)});
        auto* metric = field<QLineEdit>(u"Metric"_s);
        QCOMPARE(metric->text(), u"finds"_s);
        metric->setFocus();
        metric->end(false);
        QTest::keyClicks(metric, u" per visit"_s);
        QCOMPARE(map().cells[0].metric, u"finds per visit"_s);
        QCOMPARE(undoCount(), 1);
        auto* divergent = m_inspector->form()->findChild<QCheckBox*>();
        QVERIFY(!divergent->isChecked());
        QTest::mouseClick(divergent, Qt::LeftButton, {}, QPoint(8, divergent->height() / 2));
        QVERIFY(map().cells[0].divergent);
        QCOMPARE(undoCount(), 2);
    }

    void mapSettingsThroughChangeMapInfo() {
        openInspector(std::nullopt);
        auto* day = field<QDoubleSpinBox>(u"Working day"_s);
        QVERIFY(day);
        QCOMPARE(day->value(), 8.0);
        day->setFocus();
        day->selectAll();
        QTest::keyClicks(day, u"7.5"_s);
        QTest::keyClick(day, Qt::Key_Return);
        QCOMPARE(map().info.settings.workingDayHours, 7.5);
        QCOMPARE(undoCount(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), u"Change working day of map “Current state”"_s);

        auto* maxSize = field<QSpinBox>(u"Team size, maximum"_s);
        maxSize->setFocus();
        maxSize->selectAll();
        QTest::keyClicks(maxSize, u"12"_s);
        QTest::keyClick(maxSize, Qt::Key_Return);
        MapSettings expected;
        expected.workingDayHours = 7.5;
        expected.teamSizeMax = 12;
        QCOMPARE(map().info.settings, expected);
        QCOMPARE(undoCount(), 2);
        // Name, state and baseline are shown, not edited.
        QVERIFY(!field<QLineEdit>(u"Name"_s));
    }

    void deletingTheShownElementShowsTheMap() {
        openInspector(ElementRef{ElementKind::Stage, u"a"_s});
        QVERIFY(m_doc->push(
            commands::removeElements(m_doc.get(), 1, {{ElementKind::Stage, u"a"_s}}).release()));
        QVERIFY(!m_inspector->shownElement());
        QVERIFY(field<QDoubleSpinBox>(u"Working day"_s));
    }

    void teamFormSizeAndType() {
        openInspector(ElementRef{ElementKind::Team, u"t1"_s});
        auto* size = field<QSpinBox>(u"Size"_s);
        QCOMPARE(size->value(), 5);
        size->setFocus();
        QTest::keyClick(size, Qt::Key_PageDown); // ten down, stopping at the minimum: no size
        QCOMPARE(size->text(), u"No size"_s);
        QVERIFY(!map().teams[0].size);
        auto* type = field<QComboBox>(u"Type"_s);
        type->setFocus();
        QTest::keyClick(type, Qt::Key_End);
        QVERIFY(map().teams[0].type == TeamType::ComplicatedSubsystem);
    }

    void teamsPanelAddsAndDeletesTeams() {
        TeamsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        panel.show();
        QCOMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(panel.model()->index(1).data(panels::TeamsModel::DetailRole).toString(),
                 u"Platform · 7 people"_s);
        QCOMPARE(panel.model()->index(0).data(panels::TeamsModel::OwnershipRole).toString(),
                 u"Owns 2 stages, 1 stream"_s);
        QCOMPARE(panel.model()->index(1).data(panels::TeamsModel::OwnershipRole).toString(),
                 u"Owns 1 stage, 1 capability"_s);

        QSignalSpy activated(&panel, &TeamsPanel::teamActivated);
        QTest::mouseClick(panel.addButton(), Qt::LeftButton);
        QCOMPARE(map().teams.size(), 3);
        const Team added = map().teams[2];
        QCOMPARE(added, (Team{u"team1"_s, u"New team"_s, TeamType::StreamAligned, {}, {}}));
        QCOMPARE(undoCount(), 1);
        QCOMPARE(panel.selectedTeam(), u"team1"_s);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].toString(), u"team1"_s);
        QCOMPARE(panel.model()->rowCount(), 3);

        panel.selectTeam(u"t1"_s);
        QCOMPARE(activated.size(), 1); // the window's own selection is not the user's
        QTest::mouseClick(panel.deleteButton(), Qt::LeftButton);
        QCOMPARE(map().teams.size(), 2);
        QVERIFY(!map().find<Team>(u"t1"_s));
        QCOMPARE(map().find<Stage>(u"a"_s)->owner, QString());
        QCOMPARE(map().find<Stage>(u"b"_s)->owner, QString());
        QCOMPARE(map().find<Stage>(u"c"_s)->owner, u"t2"_s);
        QCOMPARE(map().find<Stream>(u"vs1"_s)->owner, QString());
        QCOMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(undoCount(), 2);

        m_doc->undoStack()->undo();
        QCOMPARE(map().teams[0].id, u"t1"_s);
        QCOMPARE(map().find<Stage>(u"a"_s)->owner, u"t1"_s);
        QCOMPARE(map().find<Stage>(u"b"_s)->owner, u"t1"_s);
        QCOMPARE(map().find<Stream>(u"vs1"_s)->owner, u"t1"_s);
        QCOMPARE(panel.model()->rowCount(), 3);
        QCOMPARE(panel.model()->index(0).data(Qt::DisplayRole).toString(), u"Checkout"_s);
    }

    void teamsPanelSelectionActivatesTheTeam() {
        TeamsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        panel.resize(300, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy activated(&panel, &TeamsPanel::teamActivated);
        QListView* view = panel.view();
        const QPoint second = view->visualRect(panel.model()->index(1)).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].toString(), u"t2"_s);
        // Clicking the picked team again shows it again (the inspector may have moved on).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated[1][0].toString(), u"t2"_s);
        // Delete in the list deletes the picked team.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!map().find<Team>(u"t2"_s));
        QCOMPARE(map().find<Capability>(u"cap1"_s)->owner, QString());
    }

    void teamRowsDragTheirId() {
        TeamsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        panels::TeamsModel* model = panel.model();
        const QString mime = QLatin1String(canvas::MapScene::teamMimeType);
        QCOMPARE(model->mimeTypes(), QStringList{mime});
        QVERIFY(model->flags(model->index(1)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(1)}));
        QVERIFY(data);
        QCOMPARE(data->formats(), QStringList{mime});
        QCOMPARE(data->data(mime), QByteArray("t2"));
        QVERIFY(panel.view()->dragEnabled());
    }

    void renamingATeamUpdatesItsRow() {
        TeamsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        openInspector(ElementRef{ElementKind::Team, u"t2"_s});
        m_inspector->focusMainField();
        QTest::keyClicks(field<QLineEdit>(u"Name"_s), u"Infra"_s);
        QCOMPARE(map().teams[1].name, u"Infra"_s);
        QCOMPARE(panel.model()->index(1).data(Qt::DisplayRole).toString(), u"Infra"_s);
        QCOMPARE(undoCount(), 1);
    }
};

STREAMBOARD_TEST_MAIN(TestPanels)
} // namespace tst_panels
#include "tst_panels.moc"
