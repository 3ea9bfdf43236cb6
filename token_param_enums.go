package payske

// TokenAccountBusinessType is the kind of business an account token
// describes; send it as TokenAccountParams.BusinessType.
type TokenAccountBusinessType string

// The values of TokenAccountBusinessType.
const (
	TokenAccountBusinessTypeCompany          TokenAccountBusinessType = "company"
	TokenAccountBusinessTypeGovernmentEntity TokenAccountBusinessType = "government_entity"
	TokenAccountBusinessTypeIndividual       TokenAccountBusinessType = "individual"
	TokenAccountBusinessTypeNonProfit        TokenAccountBusinessType = "non_profit"
)

// TokenPersonPoliticalExposure says whether a person is, or is close to, a
// politically exposed person; send it as TokenPersonParams.PoliticalExposure
// or TokenAccountIndividualParams.PoliticalExposure.
type TokenPersonPoliticalExposure string

// The values of TokenPersonPoliticalExposure.
const (
	TokenPersonPoliticalExposureExisting TokenPersonPoliticalExposure = "existing"
	TokenPersonPoliticalExposureNone     TokenPersonPoliticalExposure = "none"
)
