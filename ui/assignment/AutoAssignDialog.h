#pragma once

#include <QDialog>

#include <memory>
#include <vector>

class AssignmentProposalModel;
class AssignmentSession;
class Project;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
struct AssignmentResult;
struct VisitExplanation;

// Auto-assign for a wave: the engine proposes shoppers for the open visits (read and solved on a
// worker thread, with progress and Cancel), the dialog shows how many get one, the total cost,
// the reasons table of those left over and, for the visit selected, why; Assign writes the
// proposal as one undo step (on a worker too: a wave has tens of thousands of visits).
class AutoAssignDialog : public QDialog
{
    Q_OBJECT

public:
    AutoAssignDialog(Project* project, qint64 waveId, QWidget* parent = nullptr);
    ~AutoAssignDialog() override;

    // Works out a proposal for the chosen wave; false when it was cancelled or failed (the
    // summary says why). Nothing is written.
    bool propose();
    // Writes the proposal; false (with the reason shown) when nothing was written.
    bool assign();

    QString summaryText() const;
    QTableWidget* reasonsTable() const { return m_reasons; }
    QTableView* proposalView() const { return m_proposal; }
    QString explanationText() const;
    // Selects the row of a visit of the proposal (false: not in it).
    bool selectVisit(qint64 visitId);
    QComboBox* waveBox() const { return m_wave; }
    QCheckBox* replanBox() const { return m_replan; }

private:
    void showProposal();
    void explainCurrent();
    void forgetProposal();

    Project* m_project;
    QComboBox* m_wave;
    QCheckBox* m_replan;
    QPushButton* m_proposeButton;
    QLabel* m_summary;
    QTableWidget* m_reasons;
    QTableView* m_proposal;
    AssignmentProposalModel* m_model;
    QLabel* m_explanation;
    QPushButton* m_assignButton;

    std::shared_ptr<const AssignmentSession> m_session;
    std::shared_ptr<const AssignmentResult> m_result;
    std::vector<VisitExplanation> m_unassigned;
    int m_changes = 0;
};
