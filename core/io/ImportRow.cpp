#include "ImportRow.h"

#include "CsvWriter.h"

#include <QLocale>
#include <QRegularExpression>

ImportRow::ImportRow(const CsvTable& table, qsizetype index, const ImportFieldTable::Mapping& mapping,
                     const QString& fileName, QList<CsvProblem>* problems)
    : m_table(table)
    , m_cells(table.rows[index])
    , m_mapping(mapping)
    , m_fileName(fileName)
    , m_problems(problems)
    , m_line(table.lines.value(index))
{
}

QString ImportRow::cell(int field) const
{
    const qsizetype column = m_mapping.value(field, -1);
    return column >= 0 && column < m_cells.size() ? m_cells[column].trimmed() : QString();
}

QString ImportRow::text(int field)
{
    const QString value = CsvWriter::unneutralised(cell(field));
    if (looksLikeFormula(value))
        warn(field, tr("“%1” looks like a spreadsheet formula; it is kept as text (exports write it so that spreadsheets "
                       "do not run it)")
                        .arg(value.left(40)));
    return value;
}

void ImportRow::report(CsvProblem::Severity severity, int field, const QString& message)
{
    const qsizetype column = m_mapping.value(field, -1);
    m_problems->append({severity, m_fileName, m_line, int(column + 1),
                        place(m_line, column, m_table.header.value(column)) + QStringLiteral(": ") + message});
}

void ImportRow::fail(int field, const QString& message)
{
    report(CsvProblem::Severity::Error, field, message);
    m_valid = false;
}

void ImportRow::warn(int field, const QString& message)
{
    report(CsvProblem::Severity::Warning, field, message);
}

std::optional<ImportRow::Coordinates> ImportRow::coordinates(int latitudeField, int longitudeField, bool decimalComma)
{
    const QString latitudeText = cell(latitudeField);
    const QString longitudeText = cell(longitudeField);
    if (latitudeText.isEmpty() != longitudeText.isEmpty()) {
        fail(latitudeText.isEmpty() ? latitudeField : longitudeField, tr("a coordinate needs both latitude and longitude"));
        return std::nullopt;
    }
    if (latitudeText.isEmpty())
        return Coordinates{};
    const QString comma = decimalComma ? tr(", with a decimal comma") : QString();
    const auto latitude = number(latitudeText, decimalComma);
    const auto longitude = number(longitudeText, decimalComma);
    if (!latitude || *latitude < -90 || *latitude > 90) {
        fail(latitudeField, tr("“%1” is not a latitude (a number from -90 to 90%2)").arg(latitudeText, comma));
        return std::nullopt;
    }
    if (!longitude || *longitude < -180 || *longitude > 180) {
        fail(longitudeField, tr("“%1” is not a longitude (a number from -180 to 180%2)").arg(longitudeText, comma));
        return std::nullopt;
    }
    return Coordinates{true, *latitude, *longitude};
}

bool ImportRow::checkEmail(int field)
{
    const QString address = cell(field);
    if (address.isEmpty() || isEmail(address))
        return true;
    fail(field, tr("“%1” is not an e-mail address").arg(address));
    return false;
}

QString ImportRow::place(qsizetype line, qsizetype column, const QString& header)
{
    return column >= 0 ? tr("line %1, column %2 (%3)").arg(line).arg(column + 1).arg(header) : tr("line %1").arg(line);
}

QString ImportRow::formMessage(const CsvProblem& problem, const QStringList& header)
{
    const QString name = header.value(problem.column - 1);
    const QString prefix = place(problem.line, problem.column - 1, name) + QStringLiteral(": ");
    return problem.column > 0 && problem.message.startsWith(prefix)
               ? name + QStringLiteral(": ") + problem.message.mid(prefix.size())
               : problem.message;
}

std::optional<double> ImportRow::number(const QString& text, bool decimalComma)
{
    static const QLocale comma(QLocale::Latvian);
    bool ok = false;
    const double value = (decimalComma ? comma : QLocale::c()).toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool ImportRow::isEmail(const QString& text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

bool ImportRow::looksLikeFormula(const QString& text)
{
    if (CsvWriter::neutralised(text) == text)
        return false; // not even a formula start, or a plain signed number
    const QChar first = text.front();
    if (first == u'=' || first == u'@')
        return true;
    // "+371 2612 3456" and "-2+3" are harmless; "+cmd|' /C calc'!A0" and "-HYPERLINK(...)" are not.
    static const QRegularExpression active(QStringLiteral("[\\p{L}|!]"));
    return text.contains(active);
}
