#include "find_bar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace sb {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(new QLabel(tr("Find:"), this));
    m_field->setPlaceholderText(tr("Stage, stream, team, step, note…"));
    m_field->setClearButtonEnabled(true);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    auto* close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAutoRaise(true);
    layout->addWidget(close);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::refresh);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { step(+1); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    hide();
}

void FindBar::setMap(const Map* map) {
    m_map = map;
    if (isVisible())
        refresh();
}

void FindBar::activate() {
    show();
    m_field->setFocus();
    m_field->selectAll();
    refresh();
}

QList<commands::ElementRef> FindBar::search(const Map& map, const QString& text) {
    QList<commands::ElementRef> found;
    if (text.trimmed().isEmpty())
        return found;
    auto has = [&](const QString& s) { return s.contains(text.trimmed(), Qt::CaseInsensitive); };
    forEachKind([&]<class T>() {
        for (const T& e : map.list<T>()) {
            bool hit = false;
            if constexpr (requires { e.name; })
                hit = hit || has(e.name);
            if constexpr (requires { e.text; })
                hit = hit || has(e.text);
            if constexpr (requires { e.outcome; })
                hit = hit || has(e.outcome);
            if constexpr (std::is_same_v<T, Cell>)
                hit = hit || has(e.intent) || has(e.value) || has(e.metric);
            if (hit)
                found.append({kindOf<T>(), keyOf(e)});
        }
    });
    return found;
}

void FindBar::refresh() {
    m_matches = m_map ? search(*m_map, m_field->text()) : QList<commands::ElementRef>();
    m_current = -1;
    m_count->setText(m_field->text().isEmpty() ? QString()
                     : m_matches.isEmpty()     ? tr("No match")
                                               : tr("%1 found").arg(m_matches.size()));
    emit matchesChanged(m_matches);
}

void FindBar::step(int delta) {
    if (m_matches.isEmpty())
        return;
    const qsizetype n = m_matches.size();
    m_current = m_current < 0 ? (delta > 0 ? 0 : n - 1) : (m_current + delta + n) % n;
    m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(n));
    emit currentMatchChanged(m_matches[m_current]);
}

void FindBar::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ShiftModifier)) {
        step(-1);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace sb
