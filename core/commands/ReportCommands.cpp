#include "ReportCommands.h"

#include "ImportReportsCommand.h"
#include "UndoStack.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Command {

std::unique_ptr<UndoCommand> reportImport(Project* project, std::vector<ReportImport::Report> reports, const QString& fileName,
                                          QString* error)
{
    if (reports.empty()) {
        if (error)
            *error = QCoreApplication::translate("ReportCommands", "the file has no new or changed report");
        return nullptr;
    }
    const int count = int(reports.size());
    return std::make_unique<ImportReportsCommand>(
        project, std::move(reports),
        QCoreApplication::translate("ReportCommands", "Import %n report(s) from %1", nullptr, count).arg(QFileInfo(fileName).fileName()),
        ImportReportsCommand::Writing{});
}

bool importReports(Project* project, std::vector<ReportImport::Report> reports, const QString& fileName, QString* error)
{
    auto command = reportImport(project, std::move(reports), fileName, error);
    return command && project->undoStack()->push(std::move(command), error);
}

bool saveReport(Project* project, const ReportEntry& entry, const ReportEntry::Report& report, bool submit, QString* error,
                bool* changed)
{
    if (changed)
        *changed = false;
    const QList<ReportEntry::Problem> problems = entry.check(report, submit);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const auto& problem : problems)
            messages << problem.message;
        *error = messages.join(QLatin1Char('\n'));
        return false;
    }
    if (entry.visit().responseId && report == entry.stored() && submit == entry.visit().submitted)
        return true;
    std::vector<ReportImport::Report> reports{entry.toWrite(report)};
    const qint64 visit = entry.visit().id;
    const QString text = submit ? QCoreApplication::translate("ReportCommands", "Submit the report of visit %1").arg(visit)
                                : QCoreApplication::translate("ReportCommands", "Save the draft report of visit %1").arg(visit);
    auto command = std::make_unique<ImportReportsCommand>(project, std::move(reports), text,
                                                          ImportReportsCommand::Writing{QStringLiteral("entry"), submit,
                                                                                        QStringLiteral("report entered")});
    if (!project->undoStack()->push(std::move(command), error))
        return false;
    if (changed)
        *changed = true;
    return true;
}

} // namespace Command
