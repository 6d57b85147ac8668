#pragma once

#include "model/map.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace sb {

// Stream → Import work items…: the file and the choices of `streamboard items`, filled in with
// the chosen stream's remembered ones. A state per stage of the stream measures that stage.
class WorkItemDialog : public QDialog {
    Q_OBJECT
public:
    WorkItemDialog(const Map& map, const Id& stream, QWidget* parent = nullptr);

    Id stream() const;
    QString filePath() const;
    // The choices as given; empty when they do not read (problem() says why).
    WorkItemSetup setup() const;
    QString problem() const;
    bool replace() const;

    QLineEdit* fileField() const { return m_file; }
    QLineEdit* statesField() const { return m_states; }
    QLineEdit* stateFieldOf(const Id& stage) const;

private:
    void showStream();
    void chooseFile();
    void check();

    const Map& m_map;
    QComboBox* m_stream;
    QLineEdit* m_file;
    QLineEdit* m_states;
    QLineEdit* m_start;
    QLineEdit* m_active;
    QLineEdit* m_typeColumn;
    QLineEdit* m_types;
    QFormLayout* m_stageRows;
    QList<std::pair<Id, QLineEdit*>> m_stageStates;
    QCheckBox* m_replace;
};

} // namespace sb
