#pragma once

#include <QFrame>

class QLabel;

namespace sb::panels {

// One figure of the Metrics dock, readable from the back of a room: a small label, the value in
// large type and a small line that says what the value is made of.
class MetricCard : public QFrame {
    Q_OBJECT
public:
    explicit MetricCard(const QString& label, QWidget* parent = nullptr);

    void setValue(const QString& value, const QColor& color = {});
    void setSubLine(const QString& text);

    QString label() const;
    QString value() const;
    QString subLine() const;

private:
    QLabel* m_label;
    QLabel* m_value;
    QLabel* m_sub;
};

} // namespace sb::panels
