#pragma once

#include "reports/ReportImport.h"

#include <memory>
#include <vector>

class Project;
class UndoCommand;

namespace Command {
// The edit that writes an import's reports (see ImportReportsCommand), not yet done: for
// BackgroundEdit, which runs it on a worker. Null with *error when there is nothing to write.
std::unique_ptr<UndoCommand> reportImport(Project* project, std::vector<ReportImport::Report> reports, const QString& fileName,
                                          QString* error);
// The same, written at once, as one undo step.
bool importReports(Project* project, std::vector<ReportImport::Report> reports, const QString& fileName, QString* error);
} // namespace Command
