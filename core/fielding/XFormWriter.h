#pragma once

#include "OdkForm.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes an ODK form as an XForm (the ODK XForms specification, as pyxform writes them): the
// primary instance with a group element per group, a bind per field (selects typed string, as
// ODK's web engine requires), the body's controls, and every language's texts in itext.
class XFormWriter
{
    Q_DECLARE_TR_FUNCTIONS(XFormWriter)

public:
    static QByteArray toXml(const OdkForm& form);
    // Written beside the target and renamed over it, so a failure leaves what was there.
    static bool write(const QString& path, const OdkForm& form, QString* error);
};
