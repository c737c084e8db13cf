#include "CsvReader.h"

#include "CsvParser.h"
#include "CsvSniffer.h"
#include "EncodingDetector.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

// Decoding and parsing go piece by piece: memory stays near the file's size, and progress and
// cancel are checked between pieces.
constexpr qsizetype pieceBytes = 1024 * 1024;

QString sizeText(qint64 bytes)
{
    constexpr double kib = 1024.0;
    if (bytes < 1024)
        return CsvReader::tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return CsvReader::tr("%1 KiB").arg(double(bytes) / kib, 0, 'f', 1);
    return CsvReader::tr("%1 MiB").arg(double(bytes) / (kib * kib), 0, 'f', 1);
}

bool isUsableSeparator(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0 && u < 0x80 && c != '\n' && c != '\r';
}

} // namespace

CsvReader::CsvReader(const CsvDialect& dialect)
    : m_dialect(dialect)
{
}

std::optional<QByteArray> CsvReader::loadFile(const QString& path, QList<CsvProblem>* problems) const
{
    const auto refuse = [&](const QString& message) -> std::optional<QByteArray> {
        if (problems)
            problems->append({ CsvProblem::Severity::Fatal, path, 0, 0, message });
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(tr("the file does not exist"));
    if (info.isDir())
        return refuse(tr("this is a folder, not a file"));
    if (info.size() > m_maxFileBytes) {
        return refuse(tr("the file is %1; files over %2 are not read")
                          .arg(sizeText(info.size()), sizeText(m_maxFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("cannot open the file: %1").arg(file.errorString()));
    // Read one byte past the limit: a file that grows, or a device that reports no size, is
    // still caught.
    QByteArray bytes = file.read(m_maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("cannot read the file: %1").arg(file.errorString()));
    if (bytes.size() > m_maxFileBytes)
        return refuse(
            tr("the file is larger than %1; such files are not read").arg(sizeText(m_maxFileBytes)));
    return bytes;
}

std::optional<CsvTable> CsvReader::readFile(const QString& path, QList<CsvProblem>* problems) const
{
    const std::optional<QByteArray> bytes = loadFile(path, problems);
    if (!bytes)
        return std::nullopt;
    return readBytes(*bytes, problems, path);
}

std::optional<CsvTable> CsvReader::readBytes(const QByteArray& bytes, QList<CsvProblem>* problems,
                                             const QString& fileName) const
{
    QList<CsvProblem> ownProblems;
    QList<CsvProblem>& found = problems ? *problems : ownProblems;
    const auto report
        = [&](CsvProblem::Severity severity, qsizetype line, int column, const QString& message) {
              found.append({ severity, fileName, line, column, message });
          };
    const auto refuse = [&](qsizetype line, int column, const QString& message) -> std::optional<CsvTable> {
        report(CsvProblem::Severity::Fatal, line, column, message);
        return std::nullopt;
    };

    if (bytes.size() > m_maxFileBytes) {
        return refuse(0, 0,
                      tr("the file is %1; files over %2 are not read")
                          .arg(sizeText(bytes.size()), sizeText(m_maxFileBytes)));
    }
    if (bytes.isEmpty())
        return refuse(0, 0, tr("the file is empty"));

    CsvTable table;
    table.dialect = m_dialect ? *m_dialect : CsvSniffer::sniff(bytes);
    CsvDialect& dialect = table.dialect;
    dialect.encoding = EncodingDetector::detect(bytes, dialect.encoding).name;
    QStringDecoder decoder(dialect.encoding.constData());
    if (!decoder.isValid())
        return refuse(0, 0, tr("unknown encoding \"%1\"").arg(QString::fromLatin1(dialect.encoding)));
    if (!isUsableSeparator(dialect.delimiter) || !isUsableSeparator(dialect.quote)
        || dialect.delimiter == dialect.quote)
        return refuse(0, 0, tr("the delimiter and the quote must be two different ASCII characters"));

    bool widthKnown = false;
    qsizetype width = 0;
    bool rowErrors = false;
    CsvParser parser(dialect.delimiter, dialect.quote, m_maxFieldBytes, [&](CsvParser::Record&& record) {
        if (record.longColumn == 0
            && std::all_of(record.fields.cbegin(), record.fields.cend(),
                           [](const QString& f) { return f.isEmpty(); }))
            return; // ",,,," : a formatted but empty row
        const bool isHeader = !widthKnown && dialect.hasHeader;
        if (record.longColumn != 0) {
            report(CsvProblem::Severity::Error, record.line, record.longColumn,
                   tr("line %1, column %2: field too long (%3; at most %4)")
                       .arg(record.line)
                       .arg(record.longColumn)
                       .arg(sizeText(record.longBytes), sizeText(m_maxFieldBytes)));
            rowErrors = true;
            if (!isHeader)
                return;
        }
        if (!widthKnown) {
            widthKnown = true;
            width = record.fields.size();
            if (isHeader) {
                table.header = std::move(record.fields);
                table.headerLine = record.line;
                return;
            }
        } else if (record.fields.size() != width) {
            const QString message = record.fields.size() == 1
                ? (dialect.hasHeader
                       ? tr("line %1 has 1 field, the header has %2").arg(record.line).arg(width)
                       : tr("line %1 has 1 field, the first row has %2").arg(record.line).arg(width))
                : (dialect.hasHeader ? tr("line %1 has %2 fields, the header has %3")
                                     : tr("line %1 has %2 fields, the first row has %3"))
                      .arg(record.line)
                      .arg(record.fields.size())
                      .arg(width);
            report(CsvProblem::Severity::Error, record.line, 0, message);
            rowErrors = true;
            return;
        }
        table.rows.append(std::move(record.fields));
        table.lines.append(record.line);
    });

    const auto parseError = [&]() -> std::optional<CsvTable> {
        const qsizetype line = parser.errorLine();
        const int column = parser.errorColumn();
        switch (parser.error()) {
        case CsvParser::Error::MalformedQuote:
            return refuse(line, column,
                          tr("line %1, column %2: a quote inside a field that is not quoted, or text after a "
                             "closing quote (a field with quotes in it must be quoted as a whole, each inner "
                             "quote doubled)")
                              .arg(line)
                              .arg(column));
        case CsvParser::Error::UnterminatedQuote:
            return refuse(line, column,
                          tr("the quoted field starting on line %1 (column %2) has no closing quote")
                              .arg(line)
                              .arg(column));
        case CsvParser::Error::OutOfMemory:
        case CsvParser::Error::None:
            break;
        }
        return refuse(line, column, tr("line %1: not enough memory to read this field").arg(line));
    };

    qsizetype linesBefore = 0; // line breaks in the text decoded so far
    bool pendingCarriageReturn = false;
    const qsizetype total = bytes.size();
    for (qsizetype offset = 0; offset < total; offset += pieceBytes) {
        const QByteArrayView piece = QByteArrayView(bytes).sliced(offset, qMin(pieceBytes, total - offset));
        const QString text = CsvParser::normaliseLineBreaks(decoder.decode(piece), &pendingCarriageReturn);
        const auto lineAt
            = [&](qsizetype index) { return linesBefore + 1 + QStringView(text).first(index).count(u'\n'); };
        // A NUL is never text: the file is binary, or in an encoding it was not read with.
        const qsizetype nul = text.indexOf(QChar(u'\0'));
        if (nul >= 0)
            return refuse(lineAt(nul), 0,
                          tr("line %1 contains a NUL byte: is this a binary file?").arg(lineAt(nul)));
        if (decoder.hasError()) {
            qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
            if (bad < 0)
                bad = text.size();
            const qsizetype line = lineAt(bad);
            return refuse(line, 0,
                          tr("line %1 is not valid %2 text; is the file in another encoding?")
                              .arg(line)
                              .arg(QString::fromLatin1(dialect.encoding)));
        }
        if (!parser.feed(text.toUtf8()))
            return parseError();
        linesBefore += text.count(u'\n');
        if (m_progress && !m_progress(offset + piece.size(), total))
            return refuse(0, 0, tr("reading was cancelled"));
    }
    if (!parser.finish())
        return parseError();

    if (!widthKnown)
        return refuse(0, 0, tr("the file holds no rows, only empty lines"));
    if (dialect.hasHeader && table.rows.isEmpty() && !rowErrors)
        report(CsvProblem::Severity::Warning, 0, 0, tr("the file has a header but no rows"));
    return table;
}
