#include "catalog_sync_dialog.h"

#include "model/document.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {
const QString lastPathKey = u"catalog/lastPath"_s;
}

CatalogSyncDialog::CatalogSyncDialog(Document* doc, MapUid map, QWidget* parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_map(map) {
    setObjectName(u"catalogSync"_s);
    setWindowTitle(tr("Sync with catalog"));

    auto* intro = new QLabel(
        tr("Teams, capabilities and the dependencies between those capabilities come from a "
           "Backstage software catalog (catalog-info.yaml files). What you drew stays as it is."),
        this);
    intro->setWordWrap(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"catalogPath"_s);
    m_path->setPlaceholderText(tr("A descriptor file, or a folder of them"));
    auto* folder = new QPushButton(tr("F&older…"), this);
    folder->setObjectName(u"chooseFolder"_s);
    auto* file = new QPushButton(tr("F&ile…"), this);
    file->setObjectName(u"chooseFile"_s);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(folder);
    pathRow->addWidget(file);

    m_removeMissing =
        new QCheckBox(tr("&Remove catalog teams and capabilities the catalog no longer has"), this);
    m_removeMissing->setObjectName(u"removeMissing"_s);

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&Catalog:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_removeMissing);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sync = buttons->addButton(tr("&Sync"), QDialogButtonBox::AcceptRole);
    m_sync->setObjectName(u"sync"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What the sync would change:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(760, 480);

    connect(folder, &QPushButton::clicked, this, &CatalogSyncDialog::chooseFolder);
    connect(file, &QPushButton::clicked, this, &CatalogSyncDialog::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, &CatalogSyncDialog::refresh);
    connect(m_removeMissing, &QCheckBox::toggled, this, &CatalogSyncDialog::refresh);
    setCatalogPath(QSettings().value(lastPathKey).toString());
}

void CatalogSyncDialog::setCatalogPath(const QString& path) {
    m_path->setText(path);
    refresh();
}

void CatalogSyncDialog::setRemoveMissing(bool remove) {
    m_removeMissing->setChecked(remove);
    refresh();
}

void CatalogSyncDialog::chooseFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Catalog folder"), m_path->text());
    if (!folder.isEmpty())
        setCatalogPath(folder);
}

void CatalogSyncDialog::chooseFile() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Catalog descriptor file"), QFileInfo(m_path->text()).path(),
        tr("Backstage descriptors (*.yaml *.yml);;All files (*)"));
    if (!file.isEmpty())
        setCatalogPath(file);
}

catalog::SyncResult CatalogSyncDialog::plan(QString* error) const {
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        *error =
            tr("Choose the catalog: a catalog-info.yaml file or a folder of descriptor files.");
        return {};
    }
    const std::optional<catalog::Catalog> catalog = catalog::read({path}, error);
    if (!catalog)
        return {};
    catalog::SyncResult result =
        catalog::sync(m_doc, m_map, *catalog, catalog::SyncOptions{m_removeMissing->isChecked()});
    *error = result.error;
    return result;
}

void CatalogSyncDialog::refresh() {
    QString error;
    const catalog::SyncResult result = plan(&error);
    m_sync->setEnabled(error.isEmpty() && result.command);
    if (!error.isEmpty()) {
        m_preview->clear();
        m_summary->setText(error);
        m_totals.clear();
        return;
    }
    m_preview->setPlainText(
        catalog::reportLines(result, tr("the box above removes it")).join(u'\n'));
    m_totals = catalog::totalsLine(result);
    m_summary->setText(
        result.command ? m_totals
                       : tr("Nothing to change: the map matches the catalog (%1).").arg(m_totals));
}

commands::CommandPtr CatalogSyncDialog::takeCommand() {
    QString error;
    catalog::SyncResult result = plan(&error);
    return error.isEmpty() ? std::move(result.command) : nullptr;
}

void CatalogSyncDialog::accept() {
    QSettings().setValue(lastPathKey, m_path->text().trimmed());
    QDialog::accept();
}

} // namespace sb
