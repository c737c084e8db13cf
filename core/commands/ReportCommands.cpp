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
        QCoreApplication::translate("ReportCommands", "Import %n report(s) from %1", nullptr, count).arg(QFileInfo(fileName).fileName()));
}

bool importReports(Project* project, std::vector<ReportImport::Report> reports, const QString& fileName, QString* error)
{
    auto command = reportImport(project, std::move(reports), fileName, error);
    return command && project->undoStack()->push(std::move(command), error);
}

} // namespace Command
