#include "LocationDialog.h"

#include "commands/LocationCommands.h"
#include "models/DomainLabels.h"
#include "project/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>

namespace {
constexpr double kUnset = -999; // the coordinate spin boxes' "not set"
}

LocationDialog::LocationDialog(Project* project, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_channel(new QComboBox(this))
    , m_latitude(new QDoubleSpinBox(this))
    , m_longitude(new QDoubleSpinBox(this))
    , m_staff(new QSpinBox(this))
    , m_competitor(new QCheckBox(tr("A competitor's location (for the benchmark)"), this))
    , m_active(new QCheckBox(tr("Active (evaluated in new waves)"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(code.isEmpty() ? tr("New location") : tr("Location %1").arg(code));
    setMinimumWidth(520);
    for (const char* channel : {"visit", "call", "email", "web", "social", "audit"})
        m_channel->addItem(DomainLabels::label(DomainLabels::Channel, QString::fromLatin1(channel)), QString::fromLatin1(channel));
    for (QDoubleSpinBox* spin : {m_latitude, m_longitude}) {
        spin->setDecimals(5);
        spin->setSpecialValueText(tr("not set"));
    }
    m_latitude->setRange(kUnset, 90);
    m_longitude->setRange(kUnset, 180);
    m_latitude->setValue(kUnset);
    m_longitude->setValue(kUnset);
    m_staff->setRange(-1, 100000);
    m_staff->setSpecialValueText(tr("not set"));
    m_staff->setValue(-1);
    m_active->setChecked(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout(this);
    auto addEdit = [&](const char* key, const QString& label) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(key));
        m_edits.insert(QString::fromLatin1(key), edit);
        form->addRow(label, edit);
    };
    addEdit("code", tr("&Code:"));
    addEdit("name", tr("&Name:"));
    form->addRow(tr("C&hannel:"), m_channel);
    addEdit("brand", tr("&Brand:"));
    addEdit("country", tr("Co&untry:"));
    addEdit("region", tr("&Region:"));
    addEdit("area", tr("&Area:"));
    addEdit("address", tr("A&ddress:"));
    addEdit("postcode", tr("&Postcode:"));
    addEdit("city", tr("C&ity:"));
    form->addRow(tr("&Latitude:"), m_latitude);
    form->addRow(tr("L&ongitude:"), m_longitude);
    form->addRow(tr("&Staff:"), m_staff);
    addEdit("size", tr("Si&ze class:"));
    addEdit("manager_email", tr("&Manager's e-mail:"));
    form->addRow(QString(), m_competitor);
    form->addRow(QString(), m_active);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });

    if (code.isEmpty())
        return;
    // An existing location: its code stays (it is how imports find it again).
    QSqlQuery query(m_project->database());
    query.prepare(QStringLiteral(
        "SELECT l.code, l.name, l.channel, l.brand, "
        "CASE g.level WHEN 'country' THEN g.name WHEN 'region' THEN p.name ELSE pp.name END, "
        "CASE g.level WHEN 'region' THEN g.name WHEN 'area' THEN p.name END, CASE g.level WHEN 'area' THEN g.name END, "
        "l.address, l.postcode, l.city, l.latitude, l.longitude, l.staff_count, l.size_class, l.manager_email, "
        "l.is_competitor, l.active FROM location l LEFT JOIN geo_unit g ON g.id = l.geo_unit_id "
        "LEFT JOIN geo_unit p ON p.id = g.parent_id LEFT JOIN geo_unit pp ON pp.id = p.parent_id WHERE l.code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        return;
    const char* const keys[] = {"code", "name", nullptr, "brand", "country", "region", "area", "address", "postcode", "city"};
    for (int i = 0; i < 10; ++i)
        if (keys[i])
            m_edits.value(QString::fromLatin1(keys[i]))->setText(query.value(i).toString());
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(query.value(2).toString())));
    m_latitude->setValue(query.value(10).isNull() ? kUnset : query.value(10).toDouble());
    m_longitude->setValue(query.value(11).isNull() ? kUnset : query.value(11).toDouble());
    m_staff->setValue(query.value(12).isNull() ? -1 : query.value(12).toInt());
    m_edits.value(QStringLiteral("size"))->setText(query.value(13).toString());
    m_edits.value(QStringLiteral("manager_email"))->setText(query.value(14).toString());
    m_competitor->setChecked(query.value(15).toInt() != 0);
    m_active->setChecked(query.value(16).toInt() != 0);
    m_edits.value(QStringLiteral("code"))->setReadOnly(true);
}

QHash<QString, QString> LocationDialog::values() const
{
    QHash<QString, QString> values;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        values.insert(it.key(), it.value()->text().trimmed());
    values.insert(QStringLiteral("channel"), m_channel->currentData().toString());
    // Numbers travel with a decimal point, whatever the user's locale shows.
    values.insert(QStringLiteral("latitude"), m_latitude->value() <= kUnset ? QString() : QString::number(m_latitude->value(), 'f', 5));
    values.insert(QStringLiteral("longitude"), m_longitude->value() <= kUnset ? QString() : QString::number(m_longitude->value(), 'f', 5));
    values.insert(QStringLiteral("staff"), m_staff->value() < 0 ? QString() : QString::number(m_staff->value()));
    values.insert(QStringLiteral("competitor"), m_competitor->isChecked() ? QStringLiteral("yes") : QStringLiteral("no"));
    values.insert(QStringLiteral("active"), m_active->isChecked() ? QStringLiteral("yes") : QStringLiteral("no"));
    return values;
}

bool LocationDialog::save()
{
    QString problems;
    if (Command::saveLocation(m_project, values(), &problems))
        return true;
    m_problem->setText(problems);
    m_problem->show();
    return false;
}
