#include "commands/field_labels.h"
#include "i18n/translations.h"
#include "model/document.h"
#include "panels/action_form.h"
#include "panels/capability_form.h"
#include "panels/cell_form.h"
#include "panels/dependency_form.h"
#include "panels/flow_form.h"
#include "panels/labels.h"
#include "panels/map_info_form.h"
#include "panels/note_form.h"
#include "panels/slice_form.h"
#include "panels/stage_form.h"
#include "panels/step_form.h"
#include "panels/stream_form.h"
#include "panels/team_form.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QTest>

namespace tst_field_labels {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

// The inspector's row labels are the field labels of commands/field_labels.h (which undo texts
// and change tooltips use), capitalized, with a mnemonic: in English and in German.
class TestFieldLabels : public QObject {
    Q_OBJECT

    std::unique_ptr<Document> m_doc;

    // Every label, group title and check box text of a form, mnemonics taken out.
    static QStringList texts(const QWidget& form) {
        QStringList all;
        auto plain = [](QString text) {
            text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
            return text;
        };
        for (const QLabel* l : form.findChildren<QLabel*>())
            all.append(plain(l->text()));
        for (const QGroupBox* b : form.findChildren<QGroupBox*>())
            all.append(plain(b->title()));
        for (const QAbstractButton* b : form.findChildren<QAbstractButton*>())
            all.append(plain(b->text()));
        return all;
    }

    // Each field's label, capitalized, is one of the form's texts (or begins one, followed by
    // ": " as the divergence box does).
    static void showsLabels(const QWidget& form, ElementKind kind, const QStringList& fields) {
        const QStringList shown = texts(form);
        for (const QString& field : fields) {
            const QString label = fields::capitalized(fields::label(kind, field));
            QVERIFY2(!label.isEmpty(), qPrintable(field));
            const bool found = std::any_of(shown.cbegin(), shown.cend(), [&](const QString& t) {
                return t == label || t.startsWith(label + u": "_s);
            });
            QVERIFY2(found, qPrintable(u"%1 not among %2"_s.arg(label, shown.join(u" | "_s))));
        }
    }

    void checkEveryForm() {
        Document* d = m_doc.get();
        showsLabels(panels::TeamForm(d, 1, u"t2"_s), ElementKind::Team,
                    {u"name"_s, u"type"_s, u"size"_s, u"color"_s, u"roles"_s});
        showsLabels(panels::SliceForm(d, 1, u"s1"_s), ElementKind::Slice,
                    {u"name"_s, u"outcome"_s});
        showsLabels(panels::StepForm(d, 1, u"c1"_s), ElementKind::Step, {u"name"_s});
        showsLabels(panels::CellForm(d, 1, u"s1"_s, u"c1"_s), ElementKind::Cell,
                    {u"intent"_s, u"value"_s, u"outcome"_s, u"metric"_s, u"divergent"_s});
        showsLabels(panels::StreamForm(d, 1, u"vs1"_s), ElementKind::Stream,
                    {u"name"_s, u"kind"_s, u"owner"_s, u"slice"_s, u"color"_s, u"criteria"_s,
                     u"flowItems.periodDays"_s});
        showsLabels(panels::StageForm(d, 1, u"b"_s), ElementKind::Stage,
                    {u"name"_s, u"owner"_s, u"step"_s, u"stream"_s, u"processTime"_s, u"leadTime"_s,
                     u"pctCA"_s});
        showsLabels(panels::FlowForm(d, 1, u"f1"_s), ElementKind::Flow,
                    {u"from"_s, u"to"_s, u"kind"_s});
        showsLabels(panels::CapabilityForm(d, 1, u"cap1"_s), ElementKind::Capability,
                    {u"name"_s, u"owner"_s, u"sla"_s, u"providedBy"_s});
        showsLabels(panels::DependencyForm(d, 1, u"d1"_s), ElementKind::Dependency,
                    {u"from"_s, u"to"_s});
        showsLabels(panels::NoteForm(d, 1, u"n1"_s), ElementKind::Note,
                    {u"text"_s, u"kind"_s, u"color"_s});
        showsLabels(
            panels::ActionForm(d, 1, u"action1"_s), ElementKind::Action,
            {u"title"_s, u"owner"_s, u"status"_s, u"due"_s, u"note"_s, u"links"_s, u"findings"_s});
        const QStringList mapShown = texts(panels::MapInfoForm(d, 1));
        for (const QString& field :
             {u"workingDayHours"_s, u"coordinationMaxTeams"_s, u"sharedServiceMinStreams"_s,
              u"teamSizeMin"_s, u"teamSizeMax"_s, u"roles"_s})
            QVERIFY2(mapShown.contains(fields::capitalized(fields::mapLabel(field))),
                     qPrintable(field));
        // The card's fields are named by the same words on the card and in undo texts.
        QCOMPARE(fields::label(ElementKind::Stream, u"card.northStar"_s),
                 QCoreApplication::translate("sb::fields", "card field “%1”")
                     .arg(panels::cardFieldLabel(CardField::NorthStar)));
    }

private slots:
    void init() {
        Workshop w;
        w.maps = {test::smallMap()};
        w.maps[0].actions = {
            Action{u"action1"_s, u"Ship it"_s, {}, {}, ActionStatus::Planned, {}, {}, {}}};
        m_doc = std::make_unique<Document>(w);
    }
    void cleanup() { m_doc.reset(); }
    void cleanupTestCase() { i18n::install(u"en"_s); }

    void formsShowTheTableInEnglish() {
        QVERIFY(i18n::install(u"en"_s));
        checkEveryForm();
    }

    void formsShowTheTableInGerman() {
        QVERIFY(i18n::install(u"de"_s));
        checkEveryForm();
        QCOMPARE(fields::capitalized(fields::label(ElementKind::Stage, u"leadTime"_s)),
                 u"Durchlaufzeit"_s);
        QVERIFY(i18n::install(u"en"_s));
    }
};

STREAMBOARD_TEST_MAIN(TestFieldLabels)
} // namespace tst_field_labels
#include "tst_field_labels.moc"
