#pragma once

#include "OdkForm.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Writes an ODK form as an XLSForm workbook: the survey, choices and settings sheets that
// KoboToolbox, ODK Central and pyxform read, a label/hint/message column per language
// ("label::English (en)"), and ShopScope's own shopscope_* columns, which those tools ignore.
class XlsFormWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsFormWriter)

public:
    struct Sheet
    {
        QString name;
        QList<QStringList> rows; // the first is the header
    };
    static QList<Sheet> sheets(const OdkForm& form);
    static bool write(const QString& path, const OdkForm& form, QString* error);
};
