#pragma once

#include "areas/TableActions.h"
#include "fieldwork/VisitAction.h"

class AssignmentSessionCache;
class VisitDetailPanel;

// The actions of the assignment board (the Assignments table of Shoppers & assignment):
// auto-assign a wave; move the selected visits through fieldwork (accepted, done, back to the
// pool, cancelled, reinstated), lock or unlock their shopper, assign one by hand from the
// shoppers the rules allow or swap the shoppers of two (a hard rule refuses, a soft one asks);
// beside the table, the selected visit, why it has its shopper, and its history.
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
    // The wave chosen in the board's filter, else the selected visit's (0: neither).
    qint64 currentWave() const;
    // Gives the selected visit to the shopper by hand after checking the rules: a hard rule
    // refuses with its reason, soft ones ask first. What the picker's Assign does.
    bool assignSelectedTo(const QString& shopperCode, const QString& note);
    // Exchanges the shoppers of the two selected visits after the same check.
    bool swapSelected();
    // Opens the current visit's report in the entry form; true when one was saved.
    bool enterReport();
    // Shows the engine's explanation of the selected visit (reads the wave when needed).
    void explainSelected();

private:
    void ask(VisitAction::Kind action);
    void autoAssign();
    void assignByHand();
    // Whether to go on with a choice the rules allow: asks when soft rules weigh against it.
    bool confirmWarnings(const QString& title, const QStringList& warnings);
    void showCurrent();
    void chooseExport();

    VisitDetailPanel* m_details;
    AssignmentSessionCache* m_sessions;
};
