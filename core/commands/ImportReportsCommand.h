#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"
#include "reports/ReportImport.h"

#include <vector>

class Project;

// Writes the reports of an import plan as one undo step: a new report for a visit without one,
// the answers replaced for a visit whose report the file changes; each visit becomes
// 'submitted' with an event in its history, and the reports' stored scores are worked out in the
// same transaction (ScoreStore), so scores never lag behind answers. Thousands of reports are written with prepared
// statements on a worker thread when run through BackgroundEdit (progress, Cancel). Undo puts
// every visit and report back as it was; redo writes the same rows with the same ids.
//
// The same command writes a report typed in the entry form (source 'entry'), and a draft: a
// draft is stored with its answers and scores but not submitted, so the visit keeps its status
// and no result counts it.
class ImportReportsCommand : public UndoCommand
{
public:
    struct Writing
    {
        QString source = QStringLiteral("import"); // response.source
        bool submit = true;                        // false: a draft
        QString note = QStringLiteral("report imported"); // the visit history's note
    };

    ImportReportsCommand(Project* project, std::vector<ReportImport::Report> reports, const QString& text,
                         const Writing& writing);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    Project* m_project;
    std::vector<ReportImport::Report> m_reports;
    Writing m_writing;
    QString m_at;
    bool m_done = false;                  // the first redo has run: ids below are fixed
    std::vector<qint64> m_responseIds;    // per report, the id written
    std::vector<qint64> m_eventIds;       // per report
    std::vector<RowSnapshot> m_before;    // replaced reports (response, answers, choices) and the visits, as they were
};
