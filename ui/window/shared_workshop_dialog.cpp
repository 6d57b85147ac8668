#include "shared_workshop_dialog.h"

#include "store/pg_address.h"
#include "store/store_backend.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

constexpr auto recentKey = "sharedWorkshops/recent";

QString encoded(const QString& part) {
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

SharedWorkshopDialog::SharedWorkshopDialog(Purpose purpose, const QString& workshopName,
                                           QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose) {
    setWindowTitle(purpose == Purpose::Open ? tr("Open shared workshop") : tr("Share on a server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        purpose == Purpose::Open
            ? tr("A workshop on a PostgreSQL server, which several facilitators can edit at once.")
            : tr("Copies this workshop to a PostgreSQL server and continues on it there, so "
                 "several facilitators can edit it at once."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_recent = new QComboBox(this);
    m_recent->setObjectName(u"recent"_s);
    m_recent->addItem(tr("(new address)"));
    for (const QString& address : recent())
        m_recent->addItem(WorkshopAddress(address).toDisplayString(), address);
    m_recent->setVisible(m_recent->count() > 1);
    if (m_recent->count() > 1)
        form->addRow(tr("&Recent:"), m_recent);
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("localhost, a name, or a socket folder such as /run/postgresql"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"database"_s);
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"user"_s);
    m_user->setPlaceholderText(tr("your login name"));
    form->addRow(tr("&User:"), m_user);
    auto* workshopRow = new QHBoxLayout;
    m_workshop = new QComboBox(this);
    m_workshop->setObjectName(u"workshop"_s);
    m_workshop->setEditable(true);
    m_workshop->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_workshop->setEditText(workshopName);
    auto* list = new QPushButton(tr("&List workshops"), this);
    list->setObjectName(u"listWorkshops"_s);
    workshopRow->addWidget(m_workshop);
    workshopRow->addWidget(list);
    // A label of its own: addRow gives a layout's label no buddy, so its shortcut would not work.
    auto* workshopLabel = new QLabel(tr("&Workshop:"), this);
    workshopLabel->setBuddy(m_workshop);
    form->addRow(workshopLabel, workshopRow);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(purpose == Purpose::Open ? tr("&Open") : tr("S&hare"));
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list, &QPushButton::clicked, this, &SharedWorkshopDialog::listWorkshops);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            fill(m_recent->itemData(index).toString());
    });
    connect(m_workshop, &QComboBox::editTextChanged, this, &SharedWorkshopDialog::updateButtons);
    connect(m_database, &QLineEdit::textChanged, this, &SharedWorkshopDialog::updateButtons);
    updateButtons();
}

WorkshopAddress SharedWorkshopDialog::buildAddress(const QString& host, int port,
                                                   const QString& database, const QString& user,
                                                   const QString& workshop) {
    QString server = host.trimmed();
    if (server.contains(u':') && !server.startsWith(u'['))
        server = u'[' + server + u']'; // an IPv6 address
    else
        server = encoded(server); // a socket folder's slashes too
    QString text = u"postgresql://"_s;
    if (!user.trimmed().isEmpty())
        text += encoded(user.trimmed()) + u'@';
    text += server;
    if (port > 0 && port != 5432)
        text += u':' + QString::number(port);
    text += u'/' + encoded(database.trimmed());
    text += u"?workshop="_s + encoded(workshop.trimmed());
    return text;
}

WorkshopAddress SharedWorkshopDialog::address() const {
    return buildAddress(m_host->text(), m_port->value(), m_database->text(), m_user->text(),
                        m_workshop->currentText());
}

void SharedWorkshopDialog::fill(const WorkshopAddress& address) {
    QString error;
    const std::optional<pg::Address> parts = pg::Address::parse(address, &error);
    if (!parts)
        return;
    m_host->setText(parts->host);
    m_port->setValue(parts->port > 0 ? parts->port : 5432);
    m_database->setText(parts->database);
    m_user->setText(parts->user);
    m_workshop->setEditText(parts->workshop);
}

void SharedWorkshopDialog::listWorkshops() {
    StoreError error = StoreError::None;
    QString message;
    const std::optional<QStringList> names = stores::workshopNames(address(), &error, &message);
    if (!names) {
        m_status->setText(message);
        return;
    }
    const QString typed = m_workshop->currentText();
    m_workshop->clear();
    m_workshop->addItems(*names);
    m_workshop->setEditText(typed.isEmpty() && !names->isEmpty() && m_purpose == Purpose::Open
                                ? names->first()
                                : typed);
    m_status->setText(names->isEmpty() ? tr("The database holds no workshop yet.")
                                       : tr("The database holds %n workshop(s).", nullptr,
                                            static_cast<int>(names->size())));
}

void SharedWorkshopDialog::updateButtons() {
    m_ok->setEnabled(!m_workshop->currentText().trimmed().isEmpty() &&
                     !m_database->text().trimmed().isEmpty());
}

QStringList SharedWorkshopDialog::recent() {
    return QSettings().value(QLatin1String(recentKey)).toStringList();
}

void SharedWorkshopDialog::remember(const WorkshopAddress& address) {
    // toDisplayString: should an address ever hold a password, the settings never do.
    const QString shown = address.toDisplayString();
    QStringList list = recent();
    list.removeAll(shown);
    list.prepend(shown);
    while (list.size() > maxRecent)
        list.removeLast();
    QSettings().setValue(QLatin1String(recentKey), list);
}

} // namespace sb
