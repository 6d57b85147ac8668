#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace sb::panels {

// A duration typed with units ("45m", "1d 4h", "1,5d" where the locale writes a decimal comma),
// read with the map's working day. Enter or leaving the field commits a valid entry; an entry the
// parser rejects stays in the field, marked, with the parser's reason underneath; Escape goes
// back to the model's value.
class DurationField : public QWidget {
    Q_OBJECT
public:
    explicit DurationField(QWidget* parent = nullptr);
    ~DurationField() override;

    // Shows the model's value (with duration::format), unless the user is typing another one.
    void showSeconds(double seconds, double workingDayHours);

    QLineEdit* lineEdit() const { return m_edit; }
    // Why the text typed is not a duration; empty when there is no error.
    QString errorText() const;

signals:
    // The user entered a valid duration that differs from the model's.
    void committed(double seconds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commit();
    void restore();
    void setError(const QString& message);

    QLineEdit* m_edit;
    QLabel* m_error;
    double m_seconds = 0;
    double m_dayHours = 24;
    bool m_typing = false; // the text is the user's, not yet committed or restored
};

} // namespace sb::panels
