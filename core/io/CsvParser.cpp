#include "CsvParser.h"

#include <cstring>
#include <csv.h>

namespace {

// libcsv grows its field buffer by a fixed block (128 bytes by default), which would mean
// thousands of reallocations for a large field; feed() raises the block with the buffer so
// growth is geometric.
constexpr size_t minimumBlock = 64 * 1024;

qsizetype countNewlines(const char* bytes, size_t size)
{
    qsizetype count = 0;
    const char* end = bytes + size;
    for (const char* p = bytes; (p = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)))); ++p)
        ++count;
    return count;
}

} // namespace

CsvParser::CsvParser(char delimiter, char quote, qsizetype maxFieldBytes,
                     std::function<void(Record&&)> onRecord)
    : m_parser(std::make_unique<csv_parser>())
    , m_onRecord(std::move(onRecord))
    , m_maxFieldBytes(maxFieldBytes)
{
    // Strict: a stray quote is an error, not silently part of the text, so a misquoted file
    // never shifts its columns unnoticed. REPALL_NL reports empty lines too, for line counting.
    csv_init(m_parser.get(), CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL);
    csv_set_delim(m_parser.get(), static_cast<unsigned char>(delimiter));
    csv_set_quote(m_parser.get(), static_cast<unsigned char>(quote));
    csv_set_blk_size(m_parser.get(), minimumBlock);
}

CsvParser::~CsvParser()
{
    csv_free(m_parser.get());
}

bool CsvParser::feed(QByteArrayView utf8)
{
    if (m_error != Error::None)
        return false;
    const auto size = static_cast<size_t>(utf8.size());
    const size_t parsed = csv_parse(m_parser.get(), utf8.data(), size, fieldEnded, rowEnded, this);
    if (parsed != size) {
        const qsizetype line = 1 + m_newlinesFed + countNewlines(utf8.data(), parsed);
        fail(csv_error(m_parser.get()) == CSV_EPARSE ? Error::MalformedQuote : Error::OutOfMemory, line);
        return false;
    }
    m_newlinesFed += countNewlines(utf8.data(), size);
    csv_set_blk_size(m_parser.get(), qMax(minimumBlock, csv_get_buffer_size(m_parser.get())));
    return true;
}

bool CsvParser::finish()
{
    if (m_error != Error::None)
        return false;
    if (csv_fini(m_parser.get(), fieldEnded, rowEnded, this) != 0) {
        // Nothing of the open field was reported, so m_line is still the line where it starts.
        fail(Error::UnterminatedQuote, m_line);
        return false;
    }
    return true;
}

QString CsvParser::normaliseLineBreaks(QString text, bool* pendingCarriageReturn)
{
    if (!*pendingCarriageReturn && !text.contains(u'\r'))
        return text; // the common case: nothing to do, no copy
    QString result;
    result.reserve(text.size());
    bool afterCarriageReturn = *pendingCarriageReturn;
    for (const QChar c : std::as_const(text)) {
        if (c == u'\r') {
            result.append(u'\n');
            afterCarriageReturn = true;
            continue;
        }
        if (!(c == u'\n' && afterCarriageReturn))
            result.append(c);
        afterCarriageReturn = false;
    }
    *pendingCarriageReturn = afterCarriageReturn;
    return result;
}

void CsvParser::fieldEnded(void* bytes, size_t size, void* self)
{
    auto* parser = static_cast<CsvParser*>(self);
    Record& record = parser->m_record;
    if (record.fields.isEmpty())
        record.line = parser->m_line;
    const char* text = static_cast<const char*>(bytes);
    if (text && size > 0)
        parser->m_line += countNewlines(text, size);
    if (static_cast<qsizetype>(size) > parser->m_maxFieldBytes) {
        if (record.longColumn == 0) {
            record.longColumn = int(record.fields.size()) + 1;
            record.longBytes = static_cast<qsizetype>(size);
        }
        record.fields.append(QString()); // its text is not kept
        return;
    }
    record.fields.append(QString::fromUtf8(text, static_cast<qsizetype>(size)));
}

void CsvParser::rowEnded(int terminator, void* self)
{
    auto* parser = static_cast<CsvParser*>(self);
    if (!parser->m_record.fields.isEmpty()) {
        parser->m_onRecord(std::move(parser->m_record));
        parser->m_record = Record();
    }
    if (terminator == '\n')
        ++parser->m_line;
}

void CsvParser::fail(Error error, qsizetype line)
{
    m_error = error;
    m_errorLine = line;
    m_errorColumn = int(m_record.fields.size()) + 1;
}
