#pragma once

#include "io/CsvProblem.h"
#include "io/CsvTable.h"
#include "io/ImportFieldTable.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

// Shopper reports from a fielding platform's CSV or tab file: one row per visit, a column per
// question code (a multiple choice as one delimited cell or a column per option, "CODE/option"),
// "CODE_comment" for a question's comment, answers as option codes or labels in any of the
// programme's languages, N/A in the usual spellings. Rows are matched to planned visits by the
// visit id, or by location, shopper and date. Every cell is checked with its line and column
// named; plan() writes nothing, Command::importReports() writes a plan all or nothing. A report
// the file leaves as the file already has it is unchanged; an approved report is never changed.
class ReportImport
{
    Q_DECLARE_TR_FUNCTIONS(ReportImport)

public:
    // Whose export the file is: ShopScope's own column names, or KoboToolbox / ODK Central's
    // (group prefixes, ss_* visit fields, space-separated choices; see OdkResultsTable).
    enum class Source { ShopScope, Odk };

    struct Options
    {
        bool decimalComma = false;
        Source source = Source::ShopScope;
    };

    struct Answer
    {
        qint64 questionId = 0;
        std::optional<qint64> optionId;
        std::optional<double> number;
        std::optional<QString> text;
        QString comment;
        QList<qint64> choices; // multiple choice, in form order
    };

    struct Report
    {
        qsizetype line = 0;
        qint64 visitId = 0;
        qint64 versionId = 0;
        std::optional<qint64> responseId; // the visit's report the file replaces
        QString language;
        QString visitedOn;
        QString visitedAt;
        std::optional<int> minutes;
        QString staff;
        QString comment;
        std::vector<Answer> answers;
    };

    struct Plan
    {
        std::vector<Report> reports; // to write, in file order
        QList<CsvProblem> problems;
        int inserts = 0;
        int updates = 0;
        int unchanged = 0;
        bool hasErrors() const { return CsvProblem::any(problems, CsvProblem::Severity::Error); }
    };

    static Plan plan(const QSqlDatabase& db, const CsvTable& table, const Options& options, const QString& fileName);
    // The spellings of "not applicable" every N/A option also answers to (besides its code and labels).
    static QStringList naSpellings();
    // The fields the shared CSV importer maps by hand: none, the columns are recognised by name.
    static const ImportFieldTable& fields();
};
