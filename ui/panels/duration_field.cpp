#include "duration_field.h"

#include "model/duration.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sb::panels {

namespace {
const QColor errorColor(0xb3, 0x26, 0x1e);
}

DurationField::DurationField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    m_edit->setPlaceholderText(tr("e.g. 45m, 4h, 1d 4h"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, errorColor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_typing = true; });
    connect(m_edit, &QLineEdit::editingFinished, this, &DurationField::commit);
}

DurationField::~DurationField() {
    // The line edit loses the focus as it is deleted; that is no commit.
    disconnect(m_edit, nullptr, this, nullptr);
}

void DurationField::showSeconds(double seconds, double workingDayHours) {
    m_seconds = seconds;
    m_dayHours = workingDayHours;
    if (!m_typing)
        m_edit->setText(duration::format(seconds, workingDayHours));
}

QString DurationField::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

bool DurationField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        restore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DurationField::commit() {
    if (!m_typing)
        return;
    QString error;
    const std::optional<double> seconds =
        duration::parse(m_edit->text(), m_dayHours, &error, locale());
    if (!seconds) {
        setError(error);
        return;
    }
    setError({});
    m_typing = false;
    if (*seconds != m_seconds)
        emit committed(*seconds);
    // Whether or not the model took the value, show the model's value in its own spelling.
    m_edit->setText(duration::format(m_seconds, m_dayHours));
}

void DurationField::restore() {
    m_typing = false;
    setError({});
    m_edit->setText(duration::format(m_seconds, m_dayHours));
    m_edit->selectAll();
}

void DurationField::setError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_edit->setToolTip(message);
    m_edit->setStyleSheet(message.isEmpty()
                              ? QString()
                              : QStringLiteral("QLineEdit { border: 2px solid %1; border-radius: "
                                               "3px; padding: 1px 2px; }")
                                    .arg(errorColor.name()));
}

} // namespace sb::panels
