#pragma once

#include <QGraphicsItem>

namespace sb::canvas {

// Where a stage of the baseline stood that the future-state map no longer has.
class GhostItem : public QGraphicsItem {
public:
    GhostItem(const QRectF& rect, const QString& name);
    enum { Type = UserType + 51 };
    int type() const override { return Type; }
    const QString& name() const { return m_name; }
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -12, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

private:
    QRectF m_rect;
    QString m_name;
};

} // namespace sb::canvas
