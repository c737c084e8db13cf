#pragma once

#include "CsvProblem.h"
#include "CsvTable.h"
#include "ImportFieldTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One row of a CSV file as an importer checks it: its cells by field (through the column
// mapping), and every problem named with its place ("line 7, column 3 (Latitude): ..."), so that
// all importers name places alike and a form can turn them into "Latitude: ...". The readers of
// cells that several importers have (coordinates, e-mail addresses, numbers with a decimal
// comma, text that a spreadsheet would run as a formula) live here too.
class ImportRow
{
    Q_DECLARE_TR_FUNCTIONS(ImportRow)

public:
    struct Coordinates
    {
        bool given = false; // both cells empty: no coordinates
        double latitude = 0;
        double longitude = 0;
    };

    // `problems` receives what this row finds.
    ImportRow(const CsvTable& table, qsizetype index, const ImportFieldTable::Mapping& mapping, const QString& fileName,
              QList<CsvProblem>* problems);

    qsizetype line() const { return m_line; }
    bool isValid() const { return m_valid; }
    // The cell of a field, trimmed; empty when the field is not mapped.
    QString cell(int field) const;
    // A text cell as a person typed it: the apostrophe CsvWriter puts before a formula-looking
    // cell is taken off again, and a cell that a spreadsheet would run as a formula (=cmd|...,
    // @SUM(...)) is reported as a warning; it is kept as text.
    QString text(int field);
    // An error of this row at the field's column (the row is left out), or a warning.
    void fail(int field, const QString& message);
    void warn(int field, const QString& message);

    // Latitude and longitude, both or neither, in range; nullopt when a problem was reported.
    std::optional<Coordinates> coordinates(int latitudeField, int longitudeField, bool decimalComma);
    // An e-mail address or nothing; false when a problem was reported.
    bool checkEmail(int field);

    // "line 7, column 3 (Latitude)", or "line 7" without a column (column is 0-based, -1: none).
    static QString place(qsizetype line, qsizetype column, const QString& header);
    // A problem of a form (a file of one row) as the form shows it: "Latitude: ..." rather than
    // "line 1, column 3 (Latitude): ...".
    static QString formMessage(const CsvProblem& problem, const QStringList& header);
    static std::optional<double> number(const QString& text, bool decimalComma);
    static bool isEmail(const QString& text);
    // Starts as a formula that does something (=, @, or + and - followed by more than a number
    // or a phone number): what CSV injection looks like.
    static bool looksLikeFormula(const QString& text);

private:
    void report(CsvProblem::Severity severity, int field, const QString& message);

    const CsvTable& m_table;
    const QStringList& m_cells;
    const ImportFieldTable::Mapping& m_mapping;
    const QString& m_fileName;
    QList<CsvProblem>* m_problems;
    qsizetype m_line;
    bool m_valid = true;
};
