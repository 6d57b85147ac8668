#pragma once

#include <QFrame>

class QLineEdit;

namespace sb::canvas {

// A small editor laid over the canvas: one line per field (a stage's name; a cell's intent,
// value, outcome and metric). Enter commits, Escape cancels, Tab moves between the lines;
// leaving the editor commits too.
class InPlaceEditor : public QFrame {
    Q_OBJECT
public:
    explicit InPlaceEditor(QWidget* parent);

    void open(const QStringList& labels, const QStringList& values);
    QStringList values() const;
    QLineEdit* field(int index) const;
    bool isOpen() const { return isVisible(); }

signals:
    void committed();
    void cancelled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finish(bool commit);
    QList<QLineEdit*> m_fields;
    bool m_finishing = false;
};

} // namespace sb::canvas
