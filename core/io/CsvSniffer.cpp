#include "CsvSniffer.h"

#include "CsvParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace {

enum class CellKind
{
    Empty,
    Number,
    Coded,
    Text
};

// Number: digits with an optional sign, decimal separator and thousands grouping. Coded: text
// with digits in it (LV-RIX-001, 2026-03-02, e-mail with numbers). Text: no digits at all.
CellKind kindOf(const QString& cell)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d[\\d \\x{00A0}.,]*$"));
    const QString trimmed = cell.trimmed();
    if (trimmed.isEmpty())
        return CellKind::Empty;
    if (number.match(trimmed).hasMatch())
        return CellKind::Number;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            return CellKind::Coded;
    }
    return CellKind::Text;
}

bool allEmpty(const QStringList& fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString& f) { return f.isEmpty(); });
}

} // namespace

CsvDialect CsvSniffer::sniff(QByteArrayView bytes, const QByteArray& encoding,
                             EncodingDetector::Result* detected)
{
    CsvDialect dialect;
    const EncodingDetector::Result result = EncodingDetector::detect(bytes, encoding);
    if (detected)
        *detected = result;
    dialect.encoding = result.name;

    QStringDecoder decoder(result.name.constData());
    if (!decoder.isValid())
        return dialect; // the reader reports the unknown encoding
    const bool cut = bytes.size() > sampleBytes;
    bool pendingCarriageReturn = false;
    QString text = CsvParser::normaliseLineBreaks(
        decoder.decode(bytes.first(qMin(bytes.size(), sampleBytes))), &pendingCarriageReturn);
    if (cut) {
        // Keep whole lines only; a row cut in the middle would count as ragged.
        const qsizetype lastBreak = text.lastIndexOf(u'\n');
        if (lastBreak > 0)
            text.truncate(lastBreak + 1);
    }

    dialect.quote = sniffQuote(text);
    dialect.delimiter = sniffDelimiter(text, dialect.quote);
    const QList<QStringList> rows = parseSample(text, dialect.delimiter, dialect.quote, sampleRowLimit);
    dialect.hasHeader = sniffHeader(rows);
    dialect.decimalComma = sniffDecimalComma(rows, dialect.delimiter, dialect.hasHeader);
    return dialect;
}

char CsvSniffer::sniffQuote(QStringView text)
{
    if (text.contains(u'"'))
        return '"';
    // Fields wrapped whole in apostrophes, on at least two rows ('s-Hertogenbosch or O'Brien
    // alone do not count).
    static const QRegularExpression apostropheField(QStringLiteral("(?:^|[,;\\t|])'[^'\\n]*'(?=[,;\\t|]|$)"),
                                                    QRegularExpression::MultilineOption);
    const QString subject = text.toString();
    QSet<qsizetype> lines;
    for (auto it = apostropheField.globalMatch(subject); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        lines.insert(subject.first(match.capturedStart()).count(u'\n'));
    }
    return lines.size() >= 2 ? '\'' : '"';
}

char CsvSniffer::sniffDelimiter(QStringView text, char quote)
{
    char best = ',';
    double bestConsistency = 0;
    qsizetype bestWidth = 1;
    // A delimiter that makes the quoting malformed is wrong, unless the file's quoting is broken
    // for every delimiter (then the rows before the break decide).
    for (const bool allowMalformed : { false, true }) {
        for (const char candidate : { ',', ';', '\t', '|' }) {
            bool malformed = false;
            const QList<QStringList> rows = parseSample(text, candidate, quote, sampleRowLimit, &malformed);
            if ((malformed && !allowMalformed) || rows.isEmpty())
                continue;
            QHash<qsizetype, int> widths;
            for (const QStringList& row : rows)
                ++widths[row.size()];
            qsizetype width = 0;
            int rowsOfWidth = 0;
            for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
                if (it.value() > rowsOfWidth || (it.value() == rowsOfWidth && it.key() > width)) {
                    width = it.key();
                    rowsOfWidth = it.value();
                }
            }
            if (width < 2)
                continue;
            const double consistency = double(rowsOfWidth) / double(rows.size());
            const bool better = consistency > bestConsistency + 1e-9
                || (consistency > bestConsistency - 1e-9 && width > bestWidth);
            if (better) {
                best = candidate;
                bestConsistency = consistency;
                bestWidth = width;
            }
        }
        if (bestWidth > 1)
            break;
    }
    return best;
}

bool CsvSniffer::sniffHeader(const QList<QStringList>& rows)
{
    if (rows.isEmpty())
        return true;
    const QStringList& first = rows.first();
    QSet<QString> seen;
    for (const QString& cell : first) {
        const CellKind kind = kindOf(cell);
        // Column names are never empty, numbers or repeated.
        if (kind == CellKind::Empty || kind == CellKind::Number)
            return false;
        const QString key = cell.trimmed().toCaseFolded();
        if (seen.contains(key))
            return false;
        seen.insert(key);
    }
    int votes = 0;
    for (qsizetype column = 0; column < first.size(); ++column) {
        int numbers = 0;
        int coded = 0;
        int texts = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            if (column >= rows[r].size())
                continue;
            switch (kindOf(rows[r][column])) {
            case CellKind::Number:
                ++numbers;
                break;
            case CellKind::Coded:
                ++coded;
                break;
            case CellKind::Text:
                ++texts;
                break;
            case CellKind::Empty:
                break;
            }
        }
        const CellKind label = kindOf(first[column]);
        if (numbers + coded > texts && label == CellKind::Text)
            ++votes; // a word over numbers or codes
        else if (coded > numbers + texts && label == CellKind::Coded)
            --votes; // a code over codes: data like the rest
    }
    return votes >= 0;
}

bool CsvSniffer::sniffDecimalComma(const QList<QStringList>& rows, char delimiter, bool hasHeader)
{
    if (delimiter == ',')
        return false;
    static const QRegularExpression comma(
        QStringLiteral("^[+-]?(?:\\d+|\\d{1,3}(?:[ .\\x{00A0}]\\d{3})+),\\d+$"));
    static const QRegularExpression point(
        QStringLiteral("^[+-]?(?:\\d+|\\d{1,3}(?:[ ,\\x{00A0}]\\d{3})+)\\.\\d+$"));
    int commas = 0;
    int points = 0;
    for (qsizetype r = hasHeader ? 1 : 0; r < rows.size(); ++r) {
        for (const QString& cell : rows[r]) {
            if (comma.match(cell).hasMatch())
                ++commas;
            else if (point.match(cell).hasMatch())
                ++points;
        }
    }
    return commas > points;
}

QList<QStringList> CsvSniffer::parseSample(QStringView text, char delimiter, char quote, int maxRows,
                                           bool* malformed)
{
    QList<QStringList> rows;
    CsvParser parser(delimiter, quote, sampleBytes * 4, [&rows, maxRows](CsvParser::Record&& record) {
        if (rows.size() < maxRows && !allEmpty(record.fields))
            rows.append(std::move(record.fields));
    });
    // An unterminated quote at the end of a sample is the sample's cut, not the file's fault.
    if (parser.feed(text.toUtf8()))
        parser.finish();
    if (malformed)
        *malformed = parser.error() == CsvParser::Error::MalformedQuote;
    return rows;
}
