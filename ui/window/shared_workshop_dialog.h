#pragma once

#include "store/store.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;

namespace sb {

// File → Open shared workshop… and File → Share on a server…: builds the address of a workshop
// on a PostgreSQL server (postgresql://USER@HOST:PORT/DB?workshop=NAME) from its parts, lists
// the database's workshops when it can reach it, and offers the addresses used before. No
// password is asked here or kept: the window prompts when the server wants one.
class SharedWorkshopDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Open, Share };
    SharedWorkshopDialog(Purpose purpose, const QString& workshopName, QWidget* parent = nullptr);

    WorkshopAddress address() const;
    // The address built from its parts; the host may be a socket folder ("/run/postgresql").
    static WorkshopAddress buildAddress(const QString& host, int port, const QString& database,
                                        const QString& user, const QString& workshop);

    // The shared workshops opened or shared before, newest first, kept in the settings without
    // passwords (an address never holds one).
    static QStringList recent();
    static void remember(const WorkshopAddress& address);
    static constexpr int maxRecent = 10;

    // Fills the parts from an address (a recent one).
    void fill(const WorkshopAddress& address);
    // Asks the server for its workshops and offers them in the workshop field.
    void listWorkshops();

private:
    void updateButtons();

    Purpose m_purpose;
    QComboBox* m_recent = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_workshop = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace sb
