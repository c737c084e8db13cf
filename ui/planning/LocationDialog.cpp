#include "LocationDialog.h"

#include "commands/LocationCommands.h"
#include "models/DomainLabels.h"
#include "planning/LocationDetails.h"
#include "planning/OpeningHours.h"
#include "project/Project.h"
#include "shoppers/VisitHistoryView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr double kUnset = -999; // the coordinate spin boxes' "not set"
}

LocationDialog::LocationDialog(Project* project, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_tabs(new QTabWidget(this))
    , m_channel(new QComboBox(this))
    , m_latitude(new QDoubleSpinBox(this))
    , m_longitude(new QDoubleSpinBox(this))
    , m_staff(new QSpinBox(this))
    , m_competitor(new QCheckBox(tr("A competitor's location (for the benchmark)"), this))
    , m_active(new QCheckBox(tr("Active (evaluated in new waves)"), this))
    , m_copyMonday(new QPushButton(tr("Cop&y Monday to Tuesday–Friday"), this))
    , m_attributes(new QTableWidget(0, 2, this))
    , m_addAttribute(new QPushButton(tr("Ne&w attribute"), this))
    , m_removeAttribute(new QPushButton(tr("Remo&ve attribute"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(code.isEmpty() ? tr("New location") : tr("Location %1").arg(code));
    setMinimumWidth(560);
    // The size classes the programme already uses are offered; a new one can be typed.
    QStringList sizeClasses;
    QSqlQuery sizes(QStringLiteral("SELECT DISTINCT size_class FROM location WHERE size_class <> '' ORDER BY 1"),
                    m_project->database());
    while (sizes.next())
        sizeClasses << sizes.value(0).toString();

    m_tabs->addTab(createGeneralTab(sizeClasses), tr("&General"));
    m_tabs->addTab(createHoursTab(), tr("Op&ening hours"));
    m_tabs->addTab(createAttributesTab(), tr("A&ttributes"));
    m_history = new VisitHistoryView(VisitHistory::Of::Location, this);
    m_history->load(m_project->database(), code);
    m_tabs->addTab(m_history, tr("V&isits"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problems"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (!code.isEmpty())
        load(code);
}

QWidget* LocationDialog::createGeneralTab(const QStringList& sizeClasses)
{
    auto* page = new QWidget(this);
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

    auto* form = new QFormLayout(page);
    auto addEdit = [&](const char* key, const QString& label) {
        auto* edit = new QLineEdit(page);
        edit->setObjectName(QString::fromLatin1(key));
        m_edits.insert(QString::fromLatin1(key), edit);
        form->addRow(label, edit);
        return edit;
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
    auto* size = new QComboBox(page);
    size->setEditable(true);
    size->addItems(sizeClasses);
    size->setCurrentIndex(-1);
    size->lineEdit()->setObjectName(QStringLiteral("size"));
    size->lineEdit()->setPlaceholderText(tr("e.g. S, M, L or flagship"));
    m_edits.insert(QStringLiteral("size"), size->lineEdit());
    form->addRow(tr("Si&ze class:"), size);
    addEdit("manager_email", tr("&Manager's e-mail:"))->setPlaceholderText(tr("name@client.example"));
    form->addRow(QString(), m_competitor);
    form->addRow(QString(), m_active);
    return page;
}

QWidget* LocationDialog::createHoursTab()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto* edit = new QLineEdit(page);
        edit->setObjectName(QStringLiteral("hours_") + OpeningHours::weekdayKey(weekday));
        edit->setPlaceholderText(tr("Closed"));
        auto* label = new QLabel(OpeningHours::weekdayName(weekday) + QLatin1Char(':'), page);
        label->setBuddy(edit);
        grid->addWidget(label, weekday - 1, 0);
        grid->addWidget(edit, weekday - 1, 1);
        m_hours << edit;
    }
    connect(m_copyMonday, &QPushButton::clicked, this, [this] {
        for (int weekday = 2; weekday <= 5; ++weekday)
            m_hours[weekday - 1]->setText(m_hours[0]->text());
    });
    auto* hint = new QLabel(tr("Write 09:00–17:00, or split hours as 09:00–12:00, 13:00–18:00. Leave a day empty when the "
                               "location is closed."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(grid);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyMonday);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
}

QWidget* LocationDialog::createAttributesTab()
{
    auto* page = new QWidget(this);
    m_attributes->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_attributes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_attributes->horizontalHeader()->resizeSection(0, 180);
    m_attributes->verticalHeader()->hide();
    m_attributes->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_addAttribute, &QPushButton::clicked, this, [this] {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem);
        m_attributes->setItem(row, 1, new QTableWidgetItem);
        m_attributes->setCurrentCell(row, 0);
        m_attributes->editItem(m_attributes->item(row, 0));
    });
    connect(m_removeAttribute, &QPushButton::clicked, this, [this] {
        if (m_attributes->currentRow() >= 0)
            m_attributes->removeRow(m_attributes->currentRow());
    });
    auto* hint = new QLabel(tr("Facts about the location that have no field of their own, such as the floor, the format or "
                               "the number of cash desks."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addAttribute);
    buttons->addWidget(m_removeAttribute);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_attributes, 1);
    layout->addLayout(buttons);
    return page;
}

void LocationDialog::load(const QString& code)
{
    QString error;
    const auto details = LocationDetails::load(m_project->database(), code, &error);
    if (!details) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    m_existing = true;
    auto text = [&](const char* key) { return details->values.value(QString::fromLatin1(key)).toString(); };
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        it.value()->setText(details->values.value(it.key()).toString());
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(text("channel"))));
    const QVariant latitude = details->values.value(QStringLiteral("latitude"));
    const QVariant longitude = details->values.value(QStringLiteral("longitude"));
    m_latitude->setValue(latitude.isNull() ? kUnset : latitude.toDouble());
    m_longitude->setValue(longitude.isNull() ? kUnset : longitude.toDouble());
    const QVariant staff = details->values.value(QStringLiteral("staff"));
    m_staff->setValue(staff.isNull() ? -1 : staff.toInt());
    m_competitor->setChecked(details->values.value(QStringLiteral("competitor")).toBool());
    m_active->setChecked(details->values.value(QStringLiteral("active")).toBool());
    for (int weekday = 1; weekday <= 7; ++weekday)
        m_hours[weekday - 1]->setText(OpeningHours::formatDay(details->hours[size_t(weekday - 1)], OpeningHours::Style::Display));
    for (const auto& [name, value] : details->attributes) {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem(name));
        m_attributes->setItem(row, 1, new QTableWidgetItem(value));
    }
    // An existing location's code stays: it is how imports find it again.
    m_edits.value(QStringLiteral("code"))->setReadOnly(true);
    m_savedValues = values();
    m_savedAttributes = attributes();
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
    for (int weekday = 1; weekday <= 7; ++weekday)
        values.insert(LocationImport::fieldKey(LocationImport::hoursField(weekday)), m_hours[weekday - 1]->text().trimmed());
    return values;
}

LocationImport::Attributes LocationDialog::attributes() const
{
    LocationImport::Attributes attributes;
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QTableWidgetItem* name = m_attributes->item(row, 0);
        const QTableWidgetItem* value = m_attributes->item(row, 1);
        attributes.append({name ? name->text().trimmed() : QString(), value ? value->text().trimmed() : QString()});
    }
    return attributes;
}

bool LocationDialog::save()
{
    if (m_existing && values() == m_savedValues && attributes() == m_savedAttributes)
        return true; // nothing changed: no undo step
    QString problems;
    if (Command::saveLocation(m_project, values(), attributes(), &problems))
        return true;
    m_problem->setText(problems);
    m_problem->show();
    return false;
}
