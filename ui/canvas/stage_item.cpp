#include "stage_item.h"

#include "canvas_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace sb::canvas {

StageItem::StageItem(const QString& id)
    : ElementItem(ElementKind::Stage, id) {
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(10);
}

void StageItem::setContent(const Content& content) {
    if (content == m_content)
        return;
    m_content = content;
    QStringList tip = {content.name};
    if (!content.ownerName.isEmpty())
        tip << content.ownerName << content.figures;
    if (content.change == Content::Change::Added)
        tip << QCoreApplication::translate("sb::canvas", "New since the baseline");
    if (content.change == Content::Change::Changed)
        tip << QCoreApplication::translate("sb::canvas", "Changed since the baseline:")
            << content.changeLines;
    setToolTip(tip.join(u'\n'));
    update();
}

void StageItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const bool owned = !m_content.ownerName.isEmpty();
    const QColor team = owned ? m_content.ownerColor : style::faintInk();
    const qreal radius = 7;
    if (!drawsText(painter)) {
        // Too small to read: the box in its owner's tint and the owner's band, nothing else.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(m_rect, owned ? style::tint(team) : style::unownedFill());
        painter->fillRect(QRectF(m_rect.left(), m_rect.top(), 8, m_rect.height()), team);
        paintAnalysisMarks(painter, m_content.onHopPath, m_content.inCycle, radius);
        paintSelection(painter, radius);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(owned ? QPen(team.darker(115), 1.5)
                          : QPen(style::faintInk(), 1.5, Qt::DashLine));
    painter->setBrush(owned ? style::tint(team) : style::unownedFill());
    painter->drawRoundedRect(m_rect, radius, radius);

    // The owner's colour as a strong band on the left, so handoffs show at a glance.
    if (m_bandFor != m_rect.size()) {
        QPainterPath band;
        band.addRoundedRect(QRectF(m_rect.left(), m_rect.top(), 14, m_rect.height()), radius,
                            radius);
        QPainterPath clip;
        clip.addRect(QRectF(m_rect.left(), m_rect.top(), 8, m_rect.height()));
        m_band = band.intersected(clip);
        m_bandFor = m_rect.size();
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(team);
    painter->drawPath(m_band);

    const TextFit fit = renderOptions().textFit;
    const QRectF text = m_rect.adjusted(16, 7, -8, -6);
    painter->setPen(style::ink());
    m_texts.draw(0, painter, QRectF(text.left(), text.top(), text.width(), 38), m_content.name,
                 style::titleFont(), 2, fit);

    painter->setPen(owned ? team.darker(160) : style::mutedInk());
    const QString owner =
        owned ? m_content.ownerName : QCoreApplication::translate("sb::canvas", "No owner");
    m_texts.draw(1, painter, QRectF(text.left(), text.top() + 40, text.width(), 18), owner,
                 style::bodyFont(), 1, fit);

    painter->setPen(style::mutedInk());
    m_texts.draw(2, painter, QRectF(text.left(), text.bottom() - 17, text.width(), 17),
                 m_content.figures, style::smallFont(), 1, fit);
    if (m_content.onCriticalPath) {
        // A dark rule along the bottom: this stage counts towards the stream's lead time.
        painter->setPen(Qt::NoPen);
        painter->setBrush(style::ink());
        painter->drawRoundedRect(
            QRectF(m_rect.left() + 10, m_rect.bottom() - 4, m_rect.width() - 20, 3), 1.5, 1.5);
    }
    paintAnalysisMarks(painter, m_content.onHopPath, m_content.inCycle, radius);
    if (m_content.change != Content::Change::None) {
        const bool added = m_content.change == Content::Change::Added;
        const QString tag = added ? QCoreApplication::translate("sb::canvas", "NEW")
                                  : QCoreApplication::translate("sb::canvas", "CHANGED");
        QFont f = style::smallFont();
        f.setBold(true);
        const qreal w = QFontMetricsF(f).horizontalAdvance(tag) + 12;
        const QRectF pill(m_rect.right() - w - 4, m_rect.top() - 9, w, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(added ? style::added() : style::changed());
        painter->drawRoundedRect(pill, 9, 9);
        painter->setPen(style::paper());
        painter->setFont(f);
        painter->drawText(pill, Qt::AlignCenter, tag);
    }
    paintSelection(painter, radius);
    paintConnectHandle(painter, QPointF(m_rect.right(), m_rect.center().y()));
}

} // namespace sb::canvas
