#include "XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>
#include <xlsxwriter.h>

namespace {

QString sheetName(QString name, int index)
{
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("-"));
    name = name.trimmed().left(31);
    return name.isEmpty() ? QStringLiteral("Sheet%1").arg(index + 1) : name;
}

} // namespace

bool XlsxWriter::write(const QString& path, const QList<Sheet>& sheets, QString* error)
{
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    const QByteArray file = QFile::encodeName(temporary);
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook* workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook) {
        *error = tr("%1: cannot be written").arg(QDir::toNativeSeparators(path));
        return false;
    }
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    QStringList used;
    for (int s = 0; s < sheets.size(); ++s) {
        QString name = sheetName(sheets[s].name, s);
        for (int copy = 2; used.contains(name, Qt::CaseInsensitive); ++copy)
            name = sheetName(sheets[s].name, s).left(27) + QStringLiteral(" (%1)").arg(copy);
        used << name;
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        const QList<QStringList>& rows = sheets[s].rows;
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows[r].size(); ++c) {
                const QString& cell = rows[r][c];
                // Numbers only in columns whose header says so: a code such as "0042" stays text.
                bool number = false;
                const double value = r > 0 && sheets[s].numericColumns.contains(c) ? cell.toDouble(&number) : 0;
                number = number && std::isfinite(value);
                if (number)
                    worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), value, nullptr);
                else if (!cell.isEmpty())
                    worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), cell.toUtf8().constData(),
                                           r == 0 ? bold : nullptr);
            }
        if (!rows.isEmpty()) {
            worksheet_freeze_panes(sheet, 1, 0);
            worksheet_set_column(sheet, 0, lxw_col_t(std::max<qsizetype>(1, rows.first().size()) - 1), 14, nullptr);
        }
    }
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temporary);
        *error = tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    // The old file goes only once the new one is complete, and comes back if the rename fails.
    const QString previous = path + QStringLiteral(".old");
    QFile::remove(previous);
    const bool hadOne = QFile::exists(path) && QFile::rename(path, previous);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        if (hadOne)
            QFile::rename(previous, path);
        *error = tr("%1: cannot be written").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile::remove(previous);
    return true;
}
