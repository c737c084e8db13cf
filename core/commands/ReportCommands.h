#pragma once

#include "reports/ReportEntry.h"
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
// One visit's report as typed (the entry form, `results enter`), checked with
// ReportEntry::check() and written as one undo step: submitted (the visit becomes 'submitted'
// and its history says so) or saved as a draft. A report the file already holds as given
// writes nothing (*changed false). False with *error naming every problem otherwise.
bool saveReport(Project* project, const ReportEntry& entry, const ReportEntry::Report& report, bool submit, QString* error,
                bool* changed = nullptr);
} // namespace Command
