#pragma once

#include <QList>
#include <QString>

#include <algorithm>

// One thing wrong with a CSV file, and where. The message is complete and names the place
// ("line 7 has 5 fields, the header has 6"), so callers show it as it is; line and column let
// an import preview point at the cell.
struct CsvProblem
{
    enum class Severity
    {
        // The table is complete; the user may want to know (a header without rows).
        Warning,
        // This row is left out of the table (wrong number of fields, a field too long); the
        // rest of the file was read. An all-or-nothing import refuses; "import the valid rows"
        // may go on.
        Error,
        // The file could not be read as a whole (binary, unterminated quote, too large, ...):
        // no table is returned.
        Fatal,
    };

    Severity severity = Severity::Fatal;
    QString file; // as the caller named it (a path, or a name for bytes read from elsewhere)
    qsizetype line = 0; // 1-based line of the file where the row (or the problem) starts; 0: the whole file
    int column = 0; // 1-based field number; 0: the whole row or file
    QString message;

    QString toString() const { return file.isEmpty() ? message : file + QStringLiteral(": ") + message; }

    // Whether any of the problems is at least this severe (Error: an all-or-nothing import refuses).
    static bool any(const QList<CsvProblem>& problems, Severity atLeast)
    {
        return std::any_of(problems.cbegin(), problems.cend(),
                           [atLeast](const CsvProblem& problem) { return problem.severity >= atLeast; });
    }
    // An import refuses a file with a Fatal problem, and one with an Error unless the user chose
    // to import the valid rows and leave the others out.
    static bool refuses(const QList<CsvProblem>& problems, bool validRowsOnly)
    {
        return any(problems, Severity::Fatal) || (!validRowsOnly && any(problems, Severity::Error));
    }
};
