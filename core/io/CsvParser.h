#pragma once

#include <QByteArrayView>
#include <QStringList>
#include <functional>
#include <memory>

struct csv_parser;

// Drives libcsv (strict mode) over UTF-8 text and hands out records with the line where each
// starts. Used by CsvReader for whole files and by CsvSniffer for samples; it knows nothing of
// headers, encodings or messages.
//
// The text must have '\n' as its only line break (CsvReader turns \r\n and \r into \n while
// decoding): then every line break outside quotes ends a row and every one inside a field is in
// the field's bytes, so counting both gives exact line numbers.
//
// Spaces and tabs around a field outside its quotes are dropped (libcsv's rule): " a " is "a",
// and "  \" a \"  " is " a ". Empty lines are skipped.
class CsvParser
{
public:
    struct Record
    {
        QStringList fields;
        qsizetype line = 0; // 1-based line where the row starts
        int longColumn = 0; // the first field over the limit (1-based; its text is dropped), or 0
        qsizetype longBytes = 0; // that field's size in bytes
    };
    enum class Error
    {
        None,
        MalformedQuote, // a quote inside an unquoted field, or text after a closing quote
        UnterminatedQuote, // the input ended inside a quoted field
        OutOfMemory,
    };

    CsvParser(char delimiter, char quote, qsizetype maxFieldBytes, std::function<void(Record&&)> onRecord);
    ~CsvParser();
    CsvParser(const CsvParser&) = delete;
    CsvParser& operator=(const CsvParser&) = delete;

    // Parses the next piece of text (any size; pieces may split rows and fields). Returns false
    // at an error; feed nothing more then.
    bool feed(QByteArrayView utf8);
    // Ends the input and delivers a last row that has no line break. Returns false at an error.
    bool finish();

    // Turns \r\n and a lone \r into \n, as the parser needs. `pendingCarriageReturn` carries a
    // \r at the end of one piece over to the next (whose leading \n then belongs to it); start
    // it false.
    static QString normaliseLineBreaks(QString text, bool* pendingCarriageReturn);

    Error error() const { return m_error; }
    // Where the error is: a malformed quote's own line; for an unterminated quote, the line
    // where the quoted field starts. The column is the field's number in its row.
    qsizetype errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    static void fieldEnded(void* bytes, size_t size, void* self);
    static void rowEnded(int terminator, void* self);
    void fail(Error error, qsizetype line);

    std::unique_ptr<csv_parser> m_parser;
    std::function<void(Record&&)> m_onRecord;
    qsizetype m_maxFieldBytes = 0;
    Record m_record;
    qsizetype m_line = 1; // line of the next character libcsv reports on
    qsizetype m_newlinesFed = 0; // line breaks in everything fed before the current piece
    Error m_error = Error::None;
    qsizetype m_errorLine = 0;
    int m_errorColumn = 0;
};
