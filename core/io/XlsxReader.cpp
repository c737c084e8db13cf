#include "XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>
#include <memory>
#include <zip.h>

namespace {

// Excel's own limits: a cell beyond them means a damaged file.
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;

const QByteArray kOleSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
const QByteArray kZipSignature("PK\x03\x04", 4);

struct ZipDiscard
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipDiscard>;

struct ZipFileClose
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ZipFile = std::unique_ptr<zip_file_t, ZipFileClose>;

struct Relationship
{
    QString type;
    QString part; // the target as a part name inside the archive
};

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

// OLE compound files store their stream names in UTF-16LE.
QByteArray utf16Name(const char* name)
{
    QByteArray bytes;
    for (const char* c = name; *c; ++c)
        bytes.append(*c).append('\0');
    return bytes;
}

// "C7" -> column 2, row 6 (both from 0); false when it is no reference Excel could write.
bool parseReference(QStringView reference, int* column, int* row)
{
    int letters = 0;
    int columnNumber = 0;
    for (; letters < reference.size(); ++letters) {
        const QChar c = reference[letters].toUpper();
        if (c < u'A' || c > u'Z')
            break;
        columnNumber = columnNumber * 26 + (c.unicode() - u'A' + 1);
    }
    const QStringView digits = reference.mid(letters);
    if (letters == 0 || letters > 3 || columnNumber > kMaxColumns || digits.isEmpty() || digits.size() > 7)
        return false;
    int rowNumber = 0;
    for (const QChar digit : digits) {
        if (digit < u'0' || digit > u'9')
            return false;
        rowNumber = rowNumber * 10 + (digit.unicode() - u'0');
    }
    if (rowNumber < 1 || rowNumber > kMaxRows)
        return false;
    *column = columnNumber - 1;
    *row = rowNumber - 1;
    return true;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// Excel writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_) and a literal
// "_x" that would look like one as _x005F_x.
QString unescapedText(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString result;
    qsizetype from = 0;
    for (auto matches = escape.globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += QChar(match.capturedView(1).toUShort(nullptr, 16));
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result;
}

// The text of a shared string <si> or an inline string <is>: its <t>, or the <t> of each rich-text
// run <r> joined. Phonetic guides (<rPh>, for East Asian text) are not part of what the cell shows.
// Spaces are kept whatever xml:space says: Excel marks leading and trailing ones "preserve", and
// other writers that leave the mark out still mean them.
QString richText(QXmlStreamReader& xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return unescapedText(text);
}

// One workbook being read: the archive, its shared strings, and the messages that name the file.
class WorkbookReading
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    WorkbookReading(zip_t* archive, const QString& file)
        : m_archive(archive)
        , m_file(file)
    {
    }

    std::optional<QList<XlsxReader::Sheet>> sheets(QString* error)
    {
        const QString workbook = workbookPart();
        if (!has(workbook)) {
            *error = isOpenDocument()
                ? tr("%1: this is an OpenDocument file (.ods), not an Excel workbook; save it as .xlsx")
                      .arg(m_file)
                : tr("%1: not an Excel workbook (.xlsx): the archive has no %2").arg(m_file, workbook);
            return std::nullopt;
        }
        const std::optional<QList<std::pair<QString, QString>>> listed = sheetList(workbook, error);
        if (!listed)
            return std::nullopt;
        if (listed->isEmpty()) {
            *error = tr("%1: the workbook has no sheets").arg(m_file);
            return std::nullopt;
        }
        const std::optional<QHash<QString, Relationship>> relationships = relationshipsOf(workbook, error);
        if (!relationships)
            return std::nullopt;
        if (!readSharedStrings(*relationships, error))
            return std::nullopt;

        QList<XlsxReader::Sheet> sheets;
        for (const auto& [name, id] : *listed) {
            const Relationship target = relationships->value(id);
            if (target.part.isEmpty()) {
                *error = tr("%1: sheet “%2” is damaged: %3 has no relationship “%4” to tell where it is")
                             .arg(m_file, name, relationshipsPart(workbook), id);
                return std::nullopt;
            }
            std::optional<QList<QStringList>> rows = sheetRows(name, target.part, error);
            if (!rows)
                return std::nullopt;
            sheets.append({ name, std::move(*rows) });
        }
        return sheets;
    }

private:
    bool has(const QString& part) const
    {
        return zip_name_locate(m_archive, part.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
    }

    // LibreOffice's own format is a zip too, marked by a first entry "mimetype".
    bool isOpenDocument() const
    {
        QString ignored;
        return has(QStringLiteral("mimetype"))
            && part(QStringLiteral("mimetype"), {}, &ignored)
                   .value_or(QByteArray())
                   .startsWith("application/vnd.oasis.opendocument");
    }

    QString where(const QString& part, const QString& sheet) const
    {
        return sheet.isEmpty() ? tr("part %1").arg(part) : tr("sheet “%1” (part %2)").arg(sheet, part);
    }

    QString damaged(const QString& part, const QString& sheet, const QString& detail) const
    {
        return tr("%1: %2 is damaged (%3)").arg(m_file, where(part, sheet), detail);
    }

    QString xmlDamaged(const QString& part, const QString& sheet, const QXmlStreamReader& xml) const
    {
        return damaged(part, sheet, tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    }

    // A part's bytes, never more than maxPartBytes of them whatever the archive claims.
    std::optional<QByteArray> part(const QString& name, const QString& sheet, QString* error) const
    {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat(m_archive, name.toUtf8().constData(), ZIP_FL_NOCASE, &stat) != 0) {
            *error = tr("%1: %2 is missing from the archive").arg(m_file, where(name, sheet));
            return std::nullopt;
        }
        const auto tooLarge = [&] {
            return tr("%1: %2 is too large to read (over %3 MB uncompressed)")
                .arg(m_file, where(name, sheet))
                .arg(XlsxReader::maxPartBytes / (1024 * 1024));
        };
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(XlsxReader::maxPartBytes)) {
            *error = tooLarge();
            return std::nullopt;
        }
        const ZipFile file(zip_fopen_index(m_archive, stat.index, 0));
        if (!file) {
            *error = damaged(name, sheet, QString::fromUtf8(zip_strerror(m_archive)));
            return std::nullopt;
        }
        QByteArray bytes;
        if (stat.valid & ZIP_STAT_SIZE)
            bytes.reserve(qsizetype(stat.size));
        char buffer[65536];
        for (;;) {
            const zip_int64_t count = zip_fread(file.get(), buffer, sizeof buffer);
            if (count < 0) {
                *error = damaged(name, sheet, QString::fromUtf8(zip_file_strerror(file.get())));
                return std::nullopt;
            }
            if (count == 0)
                return bytes;
            if (bytes.size() + count > XlsxReader::maxPartBytes) {
                *error = tooLarge();
                return std::nullopt;
            }
            bytes.append(buffer, qsizetype(count));
        }
    }

    static QString relationshipsPart(const QString& part)
    {
        const qsizetype slash = part.lastIndexOf(u'/');
        return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1)
            + QStringLiteral(".rels");
    }

    // A relationship's target is relative to the folder of the part that has it, unless it
    // starts with "/" (then it is from the root of the archive).
    static QString resolved(const QString& source, QString target)
    {
        target.replace(u'\\', u'/');
        if (target.startsWith(u'/'))
            return QDir::cleanPath(target.mid(1));
        return QDir::cleanPath(source.left(source.lastIndexOf(u'/') + 1) + target);
    }

    // Relationships of a part by id (an empty source gives the package's own, _rels/.rels).
    std::optional<QHash<QString, Relationship>> relationshipsOf(const QString& source, QString* error) const
    {
        const QString name = relationshipsPart(source);
        const std::optional<QByteArray> bytes = part(name, {}, error);
        if (!bytes)
            return std::nullopt;
        QHash<QString, Relationship> relationships;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value(QLatin1String("TargetMode")) == u"External")
                continue;
            relationships.insert(attributes.value(QLatin1String("Id")).toString(),
                                 { attributes.value(QLatin1String("Type")).toString(),
                                   resolved(source, attributes.value(QLatin1String("Target")).toString()) });
        }
        if (xml.hasError()) {
            *error = xmlDamaged(name, {}, xml);
            return std::nullopt;
        }
        return relationships;
    }

    // The workbook part the package names as its main document; xl/workbook.xml by convention.
    QString workbookPart() const
    {
        QString ignored;
        if (has(QStringLiteral("_rels/.rels"))) {
            const auto relationships = relationshipsOf(QString(), &ignored);
            for (const Relationship& relationship : relationships.value_or(QHash<QString, Relationship>()))
                if (relationship.type.endsWith(QLatin1String("/officeDocument")))
                    return relationship.part;
        }
        return QStringLiteral("xl/workbook.xml");
    }

    // The sheets in workbook order: name and relationship id.
    std::optional<QList<std::pair<QString, QString>>> sheetList(const QString& workbook, QString* error) const
    {
        const std::optional<QByteArray> bytes = part(workbook, {}, error);
        if (!bytes)
            return std::nullopt;
        QList<std::pair<QString, QString>> sheets;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != u"sheet")
                continue;
            // r:id, in the relationships namespace (transitional or strict).
            QString id;
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    id = attribute.value().toString();
            sheets.append({ xml.attributes().value(QLatin1String("name")).toString(), id });
        }
        if (xml.hasError()) {
            *error = xmlDamaged(workbook, {}, xml);
            return std::nullopt;
        }
        return sheets;
    }

    bool readSharedStrings(const QHash<QString, Relationship>& relationships, QString* error)
    {
        QString name;
        for (const Relationship& relationship : relationships)
            if (relationship.type.endsWith(QLatin1String("/sharedStrings")))
                name = relationship.part;
        if (name.isEmpty() && has(QStringLiteral("xl/sharedStrings.xml")))
            name = QStringLiteral("xl/sharedStrings.xml");
        if (name.isEmpty())
            return true; // a workbook with numbers or inline text only
        const std::optional<QByteArray> bytes = part(name, {}, error);
        if (!bytes)
            return false;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                m_sharedStrings.append(richText(xml));
        }
        if (xml.hasError()) {
            *error = xmlDamaged(name, {}, xml);
            return false;
        }
        return true;
    }

    // What the cell shows, by its type t (see the header for each choice).
    std::optional<QString> cellText(QStringView type, const QString& value, const QString& inlineText,
                                    QString* problem) const
    {
        if (value.isEmpty() && inlineText.isEmpty())
            return QString(); // a styled cell with nothing in it, or a formula never calculated
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_sharedStrings.size()) {
                *problem
                    = tr("it refers to shared text number %1, which does not exist").arg(value.trimmed());
                return std::nullopt;
            }
            return m_sharedStrings.at(index);
        }
        if (type == u"inlineStr")
            return inlineText.isEmpty() ? value : inlineText;
        if (type == u"str")
            return unescapedText(value);
        if (type == u"b") {
            if (value.trimmed() == u"1")
                return QStringLiteral("TRUE");
            if (value.trimmed() == u"0")
                return QStringLiteral("FALSE");
            return value;
        }
        if (type.isEmpty() || type == u"n") {
            bool ok = false;
            const double number = value.trimmed().toDouble(&ok);
            return ok && std::isfinite(number) ? XlsxReader::numberText(number) : value;
        }
        return value; // "e": the error as shown (#N/A); "d": an ISO 8601 date as written
    }

    std::optional<QList<QStringList>> sheetRows(const QString& sheet, const QString& name,
                                                QString* error) const
    {
        const std::optional<QByteArray> bytes = part(name, sheet, error);
        if (!bytes)
            return std::nullopt;
        QList<QStringList> rows;
        qsizetype width = 0;
        int previousRow = -1;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != u"row")
                continue;
            // Rows and cells may leave out their r: then each follows the one before.
            int row = -1;
            const QStringView rowNumber = xml.attributes().value(QLatin1String("r"));
            if (!rowNumber.isEmpty()) {
                bool ok = false;
                row = rowNumber.toInt(&ok) - 1;
                if (!ok || row < 0 || row >= kMaxRows) {
                    *error = damaged(name, sheet, tr("row number “%1” is not valid").arg(rowNumber));
                    return std::nullopt;
                }
            }
            int column = -1;
            while (xml.readNextStartElement()) {
                if (xml.name() != u"c") {
                    xml.skipCurrentElement();
                    continue;
                }
                const QXmlStreamAttributes attributes = xml.attributes();
                const QString reference = attributes.value(QLatin1String("r")).toString();
                const QString type = attributes.value(QLatin1String("t")).toString();
                if (!reference.isEmpty()) {
                    int referenceRow = 0;
                    if (!parseReference(reference, &column, &referenceRow)) {
                        *error = damaged(name, sheet, tr("cell reference “%1” is not valid").arg(reference));
                        return std::nullopt;
                    }
                    if (row < 0)
                        row = referenceRow;
                } else {
                    ++column;
                }
                if (row < 0)
                    row = previousRow + 1;
                QString value;
                QString inlineText;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"v")
                        value = xml.readElementText();
                    else if (xml.name() == u"is")
                        inlineText = richText(xml);
                    else
                        xml.skipCurrentElement(); // <f>: the formula; its cached value is in <v>
                }
                if (row >= kMaxRows || column >= kMaxColumns) {
                    *error = damaged(name, sheet,
                                     tr("a cell lies beyond row %1 or column %2")
                                         .arg(kMaxRows)
                                         .arg(columnName(kMaxColumns - 1)));
                    return std::nullopt;
                }
                QString problem;
                const std::optional<QString> text = cellText(type, value, inlineText, &problem);
                if (!text) {
                    *error = damaged(
                        name, sheet,
                        tr("cell %1: %2").arg(columnName(column) + QString::number(row + 1), problem));
                    return std::nullopt;
                }
                if (text->isEmpty())
                    continue;
                // Checked before anything grows, so a far-away cell cannot make us allocate a huge grid.
                const qsizetype rowCount = std::max<qsizetype>(rows.size(), row + 1);
                width = std::max<qsizetype>(width, column + 1);
                if (rowCount * width > XlsxReader::maxSheetCells) {
                    *error
                        = tr("%1: sheet “%2” is too large to read (%3 rows × %4 columns; at most %5 cells)")
                              .arg(m_file, sheet)
                              .arg(rowCount)
                              .arg(width)
                              .arg(XlsxReader::maxSheetCells);
                    return std::nullopt;
                }
                if (row >= rows.size())
                    rows.resize(row + 1);
                if (column >= rows[row].size())
                    rows[row].resize(column + 1);
                rows[row][column] = *text;
            }
            previousRow = row < 0 ? previousRow + 1 : row;
        }
        if (xml.hasError()) {
            *error = xmlDamaged(name, sheet, xml);
            return std::nullopt;
        }
        for (QStringList& cells : rows)
            cells.resize(width);
        return rows;
    }

    zip_t* m_archive;
    QString m_file;
    QStringList m_sharedStrings;
};

// Both an Excel 97-2003 workbook and a password-protected .xlsx are OLE compound files, not zip
// archives; an encrypted one holds an "EncryptedPackage" stream, an old workbook a "Workbook"
// (or "Book") stream, and the directory stores these names in UTF-16.
QString oleMessage(QFile& device, const QString& file)
{
    const QByteArray head = device.read(32 * 1024 * 1024);
    if (head.contains(utf16Name("EncryptedPackage")))
        return XlsxReader::tr(
                   "%1: this workbook is protected with a password, so it is encrypted and cannot be "
                   "read; open it in Excel, remove the password (File > Info > Protect Workbook) and "
                   "save it again")
            .arg(file);
    if (head.contains(utf16Name("Workbook")) || head.contains(utf16Name("Book")))
        return XlsxReader::tr("%1: this is an Excel 97-2003 .xls file; save it as .xlsx").arg(file);
    return XlsxReader::tr("%1: this is an older Microsoft Office file, not an Excel workbook (.xlsx)")
        .arg(file);
}

} // namespace

std::optional<QList<XlsxReader::Sheet>> XlsxReader::read(const QString& path, QString* error)
{
    const QString file = QDir::toNativeSeparators(path);
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be opened (%2)").arg(file, device.errorString());
        return std::nullopt;
    }
    const QByteArray start = device.peek(8);
    if (start.isEmpty()) {
        *error = tr("%1: the file is empty").arg(file);
        return std::nullopt;
    }
    if (start.startsWith(kOleSignature)) {
        *error = oleMessage(device, file);
        return std::nullopt;
    }
    device.close();

    int code = 0;
    const ZipArchive archive(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code));
    if (!archive) {
        // A zip without its directory (kept at the end) was cut short; a file that does not start
        // as a zip was never a workbook.
        if (!start.startsWith(kZipSignature))
            *error = tr("%1: not an Excel workbook (.xlsx): the file is not a zip archive").arg(file);
        else if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS)
            *error = tr("%1: the workbook is damaged or incomplete (it starts as a zip archive but its "
                        "directory is missing or broken); was the copy or download cut short?")
                         .arg(file);
        else
            *error = tr("%1: cannot be read (%2)").arg(file, libzipMessage(code));
        return std::nullopt;
    }
    WorkbookReading reading(archive.get(), file);
    return reading.sheets(error);
}

QString XlsxReader::numberText(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == 0)
        return QStringLiteral("0"); // and not "-0"
    // The shortest digits that read back as the same double, as d.ddde±x...
    const auto split = [](double magnitude, int precision, QString* digits, int* exponent) {
        const QString scientific = QString::number(magnitude, 'e', precision);
        const qsizetype e = scientific.indexOf(u'e');
        *digits = scientific.left(e).remove(u'.');
        *exponent = scientific.mid(e + 1).toInt();
    };
    QString digits;
    int exponent = 0;
    split(std::fabs(value), QLocale::FloatingPointShortest, &digits, &exponent);
    // ... but no more than the 15 significant digits Excel keeps of a typed number, so a computed
    // 0.1 + 0.2 shows 0.3 as in Excel.
    if (digits.size() > 15) {
        split(std::fabs(value), 14, &digits, &exponent);
        while (digits.endsWith(u'0'))
            digits.chop(1);
    }
    QString text;
    if (exponent >= 15 || exponent < -9) {
        // As Excel's General format writes very large and very small numbers: 1.5E+20.
        text = digits.left(1) + (digits.size() > 1 ? QLatin1Char('.') + digits.mid(1) : QString())
            + QLatin1Char('E') + QLatin1Char(exponent < 0 ? '-' : '+')
            + QStringLiteral("%1").arg(std::abs(exponent), 2, 10, QLatin1Char('0'));
    } else if (exponent >= 0) {
        const QString fraction = digits.mid(exponent + 1);
        text = digits.left(exponent + 1).leftJustified(exponent + 1, u'0')
            + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
    } else {
        text = QStringLiteral("0.") + QString(-exponent - 1, u'0') + digits;
    }
    return value < 0 ? QLatin1Char('-') + text : text;
}
