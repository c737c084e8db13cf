#pragma once

#include "areas/TableActions.h"
#include "fieldwork/VisitAction.h"

class VisitDetailPanel;

// The actions of the assignment board (the Assignments table of Shoppers & assignment): move
// the selected visits through fieldwork (accepted, done, back to the pool, cancelled,
// reinstated), lock or unlock their shopper, assign one by hand or swap the shoppers of two;
// beside the table, the selected visit and its history.
class VisitActions : public TableActions
{
    Q_OBJECT

public:
    VisitActions(QMainWindow* window, TablePanel* assignments, std::function<Project*()> project);

    // Applies an action to the selected visits with a note for their history; a refusal is
    // shown. What the buttons and menus do, callable by tests.
    bool apply(VisitAction::Kind action, const QString& note);
    VisitDetailPanel* detailPanel() const { return m_details; }
    // Writes the wave's fieldwork sheet and shoppers' lists (CSV) and each shopper's list with
    // the briefings as a PDF into `folder`; false, with the reason shown, when it cannot.
    bool exportLists(qint64 waveId, const QString& folder);

private:
    void ask(VisitAction::Kind action);
    void assignByHand();
    void swap();
    void showCurrent();
    void chooseExport();

    VisitDetailPanel* m_details;
};
