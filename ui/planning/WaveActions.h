#pragma once

#include <QObject>

#include <functional>

class Project;
class QMainWindow;
class TablePanel;

// The actions on the Waves table: create a series of waves, move a wave's status on, and
// generate a wave's visits from the sample plan.
class WaveActions : public QObject
{
    Q_OBJECT

public:
    WaveActions(QMainWindow* window, TablePanel* waves, std::function<Project*()> project);

private:
    void newWaves();
    void setStatus(const QString& status);
    void generateVisits();
    Project* writableProject() const;

    QMainWindow* m_window;
    TablePanel* m_waves;
    std::function<Project*()> m_project;
};
