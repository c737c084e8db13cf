#pragma once

#include "areas/TableActions.h"

// The actions on the Waves table: create a series of waves, move a wave's status on, and
// generate a wave's visits from the sample plan.
class WaveActions : public TableActions
{
    Q_OBJECT

public:
    WaveActions(QMainWindow* window, TablePanel* waves, std::function<Project*()> project);

private:
    void newWaves();
    void setStatus(const QString& status);
    void generateVisits();
};
