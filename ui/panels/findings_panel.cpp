#include "findings_panel.h"

#include "analysis_watcher.h"
#include "canvas/canvas_style.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sb::panels {

namespace {

constexpr int padding = 8;
constexpr int groupPadding = 5;

QFont ruleFont(const QFont& base) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

QFont groupFont(const QFont& base) {
    QFont f = base;
    f.setBold(true);
    return f;
}

int iconSide(const QFont& font) {
    return QFontMetrics(font).height() + 2;
}

// Where a stream group row draws its arrow, which a click opens or closes the row by. The
// findings under it start where its severity sign does.
QRect streamGroupArrow(const QRect& row, const QFont& font) {
    const int side = iconSide(font);
    return {row.left() + padding / 2, row.top(), side + padding, row.height()};
}

int streamGroupIndent(const QFont& font) {
    return iconSide(font) + padding;
}

bool isStreamGroup(const QModelIndex& index) {
    return index.data(FindingsModel::IsStreamGroupRole).toBool();
}

void paintDisclosureArrow(QPainter* painter, const QRect& area, bool open, const QColor& color) {
    const qreal half = std::min(area.width(), area.height()) / 5.0;
    const QPointF c = QRectF(area).center();
    QPolygonF arrow;
    if (open)
        arrow << QPointF(c.x() - half, c.y() - half / 2) << QPointF(c.x() + half, c.y() - half / 2)
              << QPointF(c.x(), c.y() + half * 0.8);
    else
        arrow << QPointF(c.x() - half / 2, c.y() - half) << QPointF(c.x() - half / 2, c.y() + half)
              << QPointF(c.x() + half * 0.8, c.y());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(arrow);
    painter->restore();
}

// The list of findings. Rows wrap their message to the width of the list, so their heights
// depend on it: a change of width lays the rows out again.
class FindingsView : public QTreeView {
public:
    using QTreeView::QTreeView;

protected:
    void resizeEvent(QResizeEvent* event) override {
        QTreeView::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            scheduleDelayedItemsLayout();
    }
};

// Paints the rows of FindingsModel: a group row is a band with the severity's sign and its title
// with the count; a finding row has the sign, the message wrapped over as many lines as it needs,
// and the rule id small and muted beneath.
class FindingDelegate : public QStyledItemDelegate {
public:
    explicit FindingDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view) {}

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const Severity severity =
            static_cast<Severity>(index.data(FindingsModel::SeverityRole).toInt());
        painter->save();
        if (index.data(FindingsModel::IsGroupRole).toBool()) {
            painter->fillRect(opt.rect, canvas::style::headerFill());
            const int side = iconSide(opt.font) - 4;
            const QRect icon(opt.rect.left() + padding, opt.rect.center().y() - side / 2 + 1, side,
                             side);
            paintSeverityIcon(painter, icon, severity);
            const QRect text =
                opt.rect.adjusted(icon.right() + padding - opt.rect.left(), 0, -padding, 0);
            painter->setFont(groupFont(opt.font));
            painter->setPen(canvas::style::ink());
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(groupFont(opt.font))
                                  .elidedText(opt.text, Qt::ElideRight, text.width()));
            painter->restore();
            return;
        }

        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        const QString text = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor ink =
            selected ? opt.palette.color(group, QPalette::HighlightedText) : canvas::style::ink();
        QColor muted = selected ? ink : canvas::style::mutedInk();
        if (selected)
            muted.setAlphaF(0.8f);

        const int side = iconSide(opt.font);
        if (isStreamGroup(index)) {
            // One line: the arrow, the sign and "Purchase: 12 handoffs".
            const QRect arrow = streamGroupArrow(opt.rect, opt.font);
            paintDisclosureArrow(painter, arrow, m_view->isExpanded(index), muted);
            const QRect icon(arrow.right() + 1, opt.rect.center().y() - side / 2 + 1, side, side);
            paintSeverityIcon(painter, icon, severity);
            const QRect label =
                opt.rect.adjusted(icon.right() + padding - opt.rect.left(), 0, -padding, 0);
            painter->setFont(opt.font);
            painter->setPen(ink);
            painter->drawText(
                label, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(opt.font).elidedText(text, Qt::ElideRight, label.width()));
            painter->restore();
            return;
        }
        const int indent = isStreamGroup(index.parent()) ? streamGroupIndent(opt.font) : 0;
        const QRect r = opt.rect.adjusted(padding + indent, padding, -padding, -padding);
        const QFontMetrics metrics(opt.font);
        // The sign sits beside the message's first line.
        paintSeverityIcon(painter,
                          QRectF(r.left(), r.top() + (metrics.height() - side) / 2.0, side, side),
                          severity);
        const int textLeft = r.left() + side + padding;
        const QRect message(textLeft, r.top(), r.right() - textLeft + 1, r.height());
        painter->setFont(opt.font);
        painter->setPen(ink);
        QRect used;
        painter->drawText(message, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          index.data(Qt::DisplayRole).toString(), &used);
        const QFont small = ruleFont(opt.font);
        painter->setFont(small);
        painter->setPen(muted);
        const QRect rule(textLeft, std::max(used.bottom(), r.top()) + 3, message.width(),
                         QFontMetrics(small).height());
        painter->drawText(rule, Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(FindingsModel::RuleRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        const QFont& font = option.font;
        const int width = std::max(m_view->viewport()->width(), 120);
        if (index.data(FindingsModel::IsGroupRole).toBool())
            return {width, QFontMetrics(groupFont(font)).height() + 2 * groupPadding};
        if (isStreamGroup(index))
            return {width, QFontMetrics(font).height() + 2 * padding};
        const int indent = isStreamGroup(index.parent()) ? streamGroupIndent(font) : 0;
        const int textWidth = width - 3 * padding - iconSide(font) - indent;
        const QRect message = QFontMetrics(font).boundingRect(
            QRect(0, 0, std::max(textWidth, 40), 100000), Qt::AlignLeft | Qt::TextWordWrap,
            index.data(Qt::DisplayRole).toString());
        return {width, 2 * padding + message.height() + 3 + QFontMetrics(ruleFont(font)).height()};
    }

private:
    QTreeView* m_view;
};

// "2 errors", "1 warning", "7 info": what a severity toggle says.
QString countedSeverity(Severity severity, int n) {
    switch (severity) {
    case Severity::Error:
        return n == 1 ? FindingsPanel::tr("1 error") : FindingsPanel::tr("%1 errors").arg(n);
    case Severity::Warning:
        return n == 1 ? FindingsPanel::tr("1 warning") : FindingsPanel::tr("%1 warnings").arg(n);
    case Severity::Info:
        break;
    }
    return FindingsPanel::tr("%n info", nullptr, static_cast<int>(n));
}

} // namespace

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new FindingsView(this))
    , m_empty(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_search->setPlaceholderText(tr("Filter by text or rule"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &FindingsPanel::setFilterText);

    auto* toggles = new QHBoxLayout;
    toggles->setSpacing(4);
    for (const Severity severity : allSeverities) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(severityIcon(severity));
        button->setToolTip(severity == Severity::Error     ? tr("Show or hide the errors")
                           : severity == Severity::Warning ? tr("Show or hide the warnings")
                                                           : tr("Show or hide the info"));
        connect(button, &QToolButton::toggled, this,
                [this, severity](bool shown) { setSeverityShown(severity, shown); });
        toggles->addWidget(button);
        m_severityButtons[severitySlot(severity)] = button;
    }
    toggles->addStretch(1);
    layout->addLayout(toggles);

    QFont listFont = m_view->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.1); // the messages are read from the room
    m_view->setFont(listFont);
    m_view->setModel(m_model);
    // Severity groups are always open, stream groups as the user left them; a reset closes
    // them all, in-place updates keep them.
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::restoreExpansion);
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        if (const Id stream = m_model->streamGroupAt(index); !stream.isEmpty())
            m_openStreamGroups.insert(stream);
    });
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        if (const Id stream = m_model->streamGroupAt(index); !stream.isEmpty())
            m_openStreamGroups.remove(stream);
        else if (index.data(FindingsModel::IsGroupRole).toBool())
            m_view->expand(index);
    });
    m_view->setItemDelegate(new FindingDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setExpandsOnDoubleClick(false); // the panel opens stream groups itself
    m_view->setIndentation(0);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setContentsMargins(12, 24, 12, 12);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.1);
    m_empty->setFont(emptyFont);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, canvas::style::mutedInk());
    m_empty->setPalette(muted);
    layout->addWidget(m_empty, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!m_syncing && isPickable(current))
                    activate(current);
            });
    connect(m_view, &QTreeView::pressed, this, [this](const QModelIndex& index) {
        // A click on the finding already picked shows its subjects again.
        if (index.isValid() && index == m_currentBeforePress)
            activate(index);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (QMenu* menu = contextMenuFor(m_view->indexAt(pos))) {
            menu->exec(m_view->viewport()->mapToGlobal(pos));
            menu->deleteLater();
        }
    });
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    refresh();
}

QMenu* FindingsPanel::contextMenuFor(const QModelIndex& index) {
    const Finding* finding = m_model->findingAt(index);
    if (!finding)
        return nullptr;
    auto* menu = new QMenu(this);
    QAction* create = menu->addAction(tr("Create action for this finding"));
    create->setObjectName(QStringLiteral("createAction"));
    connect(create, &QAction::triggered, this,
            [this, f = *finding] { emit createActionRequested(f); });
    return menu;
}

void FindingsPanel::setWatcher(AnalysisWatcher* watcher) {
    if (watcher == m_watcher)
        return;
    disconnect(m_watcherConnection);
    m_watcher = watcher;
    if (watcher)
        // After every analysis, not only a changed result: a new empty map analyzes as the
        // empty result before it did, yet the panel must say it has a map now; and a renamed
        // stream renames its handoffs' row.
        m_watcherConnection =
            connect(watcher, &AnalysisWatcher::analyzed, this, &FindingsPanel::refresh);
    refresh();
}

void FindingsPanel::refresh() {
    const QList<Finding> findings = m_watcher ? m_watcher->result().findings : QList<Finding>();
    if (m_picked) {
        const bool stillThere =
            std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
                return f.rule == m_picked->rule && f.subjects == m_picked->subjects;
            });
        if (!stillThere)
            m_picked.reset();
    }
    m_syncing = true;
    m_model->setFindings(findings, m_watcher ? m_watcher->map() : nullptr);
    m_syncing = false;
    if (!m_pickedStream.isEmpty() && !m_model->hasStreamGroup(m_pickedStream))
        m_pickedStream.clear();
    afterModelChange();
}

void FindingsPanel::restoreExpansion() {
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        m_view->expand(group);
        for (int row = 0; row < m_model->rowCount(group); ++row) {
            const QModelIndex index = m_model->index(row, 0, group);
            if (m_openStreamGroups.contains(m_model->streamGroupAt(index)))
                m_view->expand(index);
        }
    }
}

void FindingsPanel::toggleStreamGroup(const QModelIndex& index) {
    m_view->setExpanded(index, !m_view->isExpanded(index));
}

bool FindingsPanel::isPickable(const QModelIndex& index) const {
    return m_model->findingAt(index) || !m_model->streamGroupAt(index).isEmpty();
}

void FindingsPanel::setFilterText(const QString& text) {
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_syncing = true;
    m_model->setFilterText(text);
    m_syncing = false;
    afterModelChange();
}

void FindingsPanel::setSeverityShown(Severity severity, bool shown) {
    QToolButton* button = severityButton(severity);
    if (button->isChecked() != shown)
        button->setChecked(shown); // comes back here through toggled
    m_syncing = true;
    m_model->setSeverityShown(severity, shown);
    m_syncing = false;
    afterModelChange();
}

// After the rows changed: the picked finding selected again if it is shown, the toggles'
// counts, and the empty state when there is nothing to list.
void FindingsPanel::afterModelChange() {
    m_syncing = true;
    const QModelIndex picked = m_picked ? m_model->indexOf(*m_picked)
                               : !m_pickedStream.isEmpty()
                                   ? m_model->streamGroupIndex(m_pickedStream)
                                   : QModelIndex();
    if (picked.isValid()) {
        if (m_view->currentIndex() != picked)
            m_view->setCurrentIndex(picked);
        else
            m_view->selectionModel()->select(picked, QItemSelectionModel::ClearAndSelect);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncing = false;
    updateSeverityButtons();

    const Map* map = m_watcher ? m_watcher->map() : nullptr;
    const bool any = !m_model->findings().isEmpty();
    const bool listed = m_model->rowCount() > 0;
    if (!map)
        m_empty->setText(tr("No map to check."));
    else if (!any && map->stages.isEmpty())
        m_empty->setText(tr("Nothing to check yet: add a stream and its stages."));
    else if (!any)
        m_empty->setText(tr("No findings: the map passes every check."));
    else
        m_empty->setText(tr("No findings match the filter."));
    m_view->setVisible(listed);
    m_empty->setVisible(!listed);
}

void FindingsPanel::updateSeverityButtons() {
    for (const Severity severity : allSeverities) {
        QToolButton* button = severityButton(severity);
        button->setText(countedSeverity(severity, m_model->count(severity)));
        button->setEnabled(m_model->count(severity) > 0);
    }
}

QToolButton* FindingsPanel::severityButton(Severity severity) const {
    return m_severityButtons[severitySlot(severity)];
}

bool FindingsPanel::selectFinding(const FindingKey& key) {
    const QModelIndex index = m_model->indexOf(key);
    m_picked = index.isValid() ? std::optional<FindingKey>(key) : std::nullopt;
    m_pickedStream.clear();
    if (isStreamGroup(index.parent()))
        m_view->expand(index.parent());
    afterModelChange();
    if (index.isValid())
        m_view->scrollTo(index);
    return index.isValid();
}

std::optional<Finding> FindingsPanel::selectedFinding() const {
    if (const Finding* f = m_model->findingAt(m_view->currentIndex());
        f && m_view->selectionModel()->isSelected(m_view->currentIndex()))
        return *f;
    return std::nullopt;
}

Id FindingsPanel::selectedStreamGroup() const {
    const QModelIndex current = m_view->currentIndex();
    return m_view->selectionModel()->isSelected(current) ? m_model->streamGroupAt(current) : Id();
}

QList<commands::ElementRef> FindingsPanel::subjectsOf(const Finding& finding) const {
    QList<commands::ElementRef> refs;
    const Map* map = m_watcher ? m_watcher->map() : nullptr;
    if (!map)
        return refs;
    for (const Id& id : finding.subjects)
        if (const std::optional<ElementKind> kind = map->kindOfId(id))
            refs.append({*kind, id});
    return refs;
}

void FindingsPanel::activate(const QModelIndex& index) {
    if (const Finding* finding = m_model->findingAt(index)) {
        m_picked = FindingKey{finding->rule, finding->subjects};
        m_pickedStream.clear();
        emit findingActivated(subjectsOf(*finding));
        return;
    }
    const Id stream = m_model->streamGroupAt(index);
    if (stream.isEmpty())
        return;
    m_picked.reset();
    m_pickedStream = stream;
    const Map* map = m_watcher ? m_watcher->map() : nullptr;
    QList<commands::ElementRef> refs;
    if (map && map->find<Stream>(stream))
        refs.append({ElementKind::Stream, stream});
    emit findingActivated(refs);
}

bool FindingsPanel::eventFilter(QObject* watched, QEvent* event) {
    const bool press = event->type() == QEvent::MouseButtonPress;
    const bool doubleClick = event->type() == QEvent::MouseButtonDblClick;
    if (watched == m_view->viewport() && (press || doubleClick)) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
        // The arrow of a stream group opens or closes it without picking it; a double click
        // anywhere on it does too. Severity groups stay open.
        if (isStreamGroup(index) && mouse->button() == Qt::LeftButton &&
            (doubleClick || streamGroupArrow(m_view->visualRect(index), m_view->font())
                                .contains(mouse->position().toPoint()))) {
            toggleStreamGroup(index);
            return true;
        }
        if (doubleClick && index.data(FindingsModel::IsGroupRole).toBool())
            return true;
    }
    if (watched == m_view->viewport() && press)
        m_currentBeforePress = m_view->currentIndex();
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (watched == m_view && key) {
        const int k = static_cast<QKeyEvent*>(event)->key();
        if (k == Qt::Key_Return || k == Qt::Key_Enter) {
            // Enter shows the picked finding's subjects again, whatever the window binds it to.
            if (event->type() == QEvent::KeyPress)
                activate(m_view->currentIndex());
            event->accept();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int k = static_cast<QKeyEvent*>(event)->key();
        if (k == Qt::Key_Down && !m_view->isHidden()) {
            // Down from the filter goes to the list, picking its first finding if none is.
            m_view->setFocus();
            if (!isPickable(m_view->currentIndex()) && m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sb::panels
