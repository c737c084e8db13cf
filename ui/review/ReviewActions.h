#pragma once

#include "areas/TableActions.h"
#include "commands/ReviewReportsCommand.h"
#include "qc/QcFlag.h"

#include <QPointer>

#include <vector>

class ReportDetailPanel;

// The review queue (the Reports table of Results): approve the selected reports or send them
// back with a reason, check a wave's reports for the automatic quality-control flags (on a
// worker thread), and beside the table the selected report, its flags and its decisions.
class ReviewActions : public TableActions
{
    Q_OBJECT

public:
    ReviewActions(QMainWindow* window, TablePanel* reports, std::function<Project*()> project);

    // Decides on the selected reports; a refusal is shown. What the buttons do, callable by tests.
    bool decide(ReviewReportsCommand::Decision decision, const QString& reason);
    // Checks the selected report's wave; false when cancelled or failed (the reason is shown).
    bool checkCurrentWave();
    ReportDetailPanel* detailPanel() const { return m_details; }
    // Imports reports from a platform's file: the dry run shown first, then one undo step written
    // on a worker. False when nothing was imported.
    bool importFrom(const QString& path);
    // The selected report in the entry form (a draft to finish, a report to correct); true when saved.
    bool openCurrent();

private:
    void askReason();
    void showCurrent();
    qint64 currentResponse() const;
    qint64 waveOfResponse(qint64 responseId) const;
    QString flagsHtml(qint64 responseId) const;
    void forgetFlags();

    ReportDetailPanel* m_details;
    QPointer<Project> m_flagsProject;
    qint64 m_flagsWave = 0;
    std::vector<QcFlag> m_flags;
};
