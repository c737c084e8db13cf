#include "CsvWriter.h"

#include <QRegularExpression>

namespace {

const QByteArray utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

QString CsvWriter::neutralised(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool formulaStart = first == u'=' || first == u'+' || first == u'-' || first == u'@'
        || first == u'\t' || first == u'\r';
    if (!formulaStart)
        return cell;
    // A signed number is a number to a spreadsheet and cannot run anything.
    static const QRegularExpression signedNumber(QStringLiteral("^[+-]\\d+(?:[.,]\\d+)?$"));
    if (signedNumber.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::unneutralised(const QString& cell)
{
    if (!cell.startsWith(u'\''))
        return cell;
    const QString rest = cell.mid(1);
    return neutralised(rest) == cell ? rest : cell;
}

QByteArray CsvWriter::encodeField(const QString& field) const
{
    QString text = m_neutraliseFormulas ? neutralised(field) : field;
    const QChar delimiter = QChar::fromLatin1(m_delimiter);
    const bool needsQuotes = text.contains(delimiter) || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')
        || (!text.isEmpty()
            && (text.front() == u' ' || text.front() == u'\t' || text.back() == u' '
                || text.back() == u'\t'));
    if (!needsQuotes)
        return text.toUtf8();
    text.replace(u'"', QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

QByteArray CsvWriter::encodeRow(const QStringList& fields) const
{
    // A row of one empty field would be an empty line, which readers skip: quote it.
    if (fields.size() == 1 && fields.first().isEmpty())
        return QByteArrayLiteral("\"\"\r\n");
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += encodeField(fields.at(i));
    }
    line += "\r\n";
    return line;
}

QByteArray CsvWriter::toBytes(const QList<QStringList>& rows) const
{
    QByteArray bytes = m_byteOrderMark ? utf8Bom : QByteArray();
    for (const QStringList& row : rows)
        bytes += encodeRow(row);
    return bytes;
}

bool CsvWriter::open(const QString& path, QString* error)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)
        || (m_byteOrderMark && m_file->write(utf8Bom) != utf8Bom.size())) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    if (!m_file)
        return false;
    const QByteArray line = encodeRow(fields);
    return m_file->write(line) == line.size();
}

bool CsvWriter::commit(QString* error)
{
    if (!m_file) {
        if (error)
            *error = tr("nothing to write: the file was not opened");
        return false;
    }
    const bool committed = m_file->commit();
    if (!committed && error)
        *error = tr("cannot write %1: %2").arg(m_file->fileName(), m_file->errorString());
    m_file.reset();
    return committed;
}

void CsvWriter::cancel()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset(); // a QSaveFile destroyed without commit() removes its temporary file
}

bool CsvWriter::writeFile(const QString& path, const QList<QStringList>& rows, QString* error)
{
    if (!open(path, error))
        return false;
    for (const QStringList& row : rows) {
        if (!writeRow(row)) {
            if (error)
                *error = tr("cannot write %1: %2").arg(path, m_file->errorString());
            cancel();
            return false;
        }
    }
    return commit(error);
}
