// English cue and exception words of the commitment and category rules, each with a fictional
// example sentence in which it does its job (checked by lexicon.test.ts; see types.ts for the fields).
import type { Lexicon } from './types';

export const EN: Lexicon = {
	pledgeCues: [
		{
			cls: 'explicit',
			strength: 'firm',
			words: [
				['pledge', 'We pledge to reopen the night market.'],
				['pledged', 'The regent pledged to fix every village lane.'],
				['pledges', 'The mayor pledges to cut waiting times.'],
				['promise', 'We promise to reopen the library.'],
				['promised', 'The governor promised to pave the harbour lane.'],
				['promises', 'The council promises to answer every letter.'],
				['vow', 'We vow to clean up the river.'],
				['vowed', 'The regent vowed to end illegal parking.'],
				['vows', 'The agency vows to publish its contracts.'],
				['committed to', 'The agency is committed to adding ten buses.'],
				['commitment to', 'The mayor restated her commitment to cleaner rivers.'],
				['is ready to', 'The council is ready to hear the complaints.'],
				['are ready to', 'We are ready to open the shelters.'],
				['ready to', 'The fire brigade stands ready to help.'],
				['guarantee', 'We guarantee the market stays open.'],
				['guaranteed', 'The mayor guaranteed free parking at the stadium.']
			]
		},
		{
			cls: 'future',
			strength: 'firm',
			words: [
				['will', 'The council will open two reading rooms.'],
				['would', 'The minister said the office would open in May.'],
				['shall', 'The committee shall publish its findings.'],
				['continue to', 'We continue to patrol the harbour.'],
				['continues to', 'The office continues to patrol the harbour.'],
				['to continue', 'The council agreed to continue the night patrols.']
			]
		},
		{
			cls: 'plan',
			strength: 'hedged',
			words: [
				['plan to', 'We plan to widen the canal.'],
				['plans to', 'The governor plans to build a new port.'],
				['planning to', 'The city is planning to add night buses.'],
				['aim to', 'We aim to finish the canal by June.'],
				['aims to', 'The agency aims to halve the backlog.'],
				['intend to', 'We intend to reopen the pier.'],
				['intends to', 'The regent intends to merge the two offices.'],
				['target', 'Officials target a fifth fewer traffic deaths.'],
				['targets', 'The agency targets a thousand new homes.'],
				['seek to', 'We seek to settle the dispute.'],
				['seeks to', 'The council seeks to settle the dispute.'],
				['strive to', 'We strive to answer within a week.'],
				['strives to', 'The office strives to answer within a week.']
			]
		},
		{
			cls: 'present',
			strength: 'firm',
			words: [
				['allocate', 'We allocate part of the fees to parks.'],
				['allocates', 'The city allocates part of the fees to parks.'],
				['allocated funds', 'The regency allocated funds for the new dock.'],
				['earmark', 'We earmark half the grant for libraries.'],
				['earmarks', 'The city earmarks half the grant for libraries.']
			]
		},
		{
			cls: 'directive',
			strength: 'firm',
			words: [
				['instructed', 'The chief instructed officers to guard the polls.'],
				['ordered', 'The mayor ordered staff to clear the drains.']
			]
		}
	],
	statedNouns: [],
	wouldOnlyAfter: [
		['said', 'The minister said the office would open in May.'],
		['says', 'The regent says the bridge would reopen soon.'],
		['that', 'It is clear that the office would open in May.'],
		['pledged', 'Farmers who pledged support think the mayor would fix the lane.'],
		['promised', 'Donors who promised help believe the city would rebuild the hall.']
	],
	requestCues: [
		['hope', 'We hope the ministry approves the plan.'],
		['hopes', 'The mayor hopes the ministry will help.'],
		['hoped', 'The regent hoped the ministry would send doctors.'],
		['asked', 'The mayor asked the ministry to release the data.'],
		['asks', 'The council asks residents to sort their waste.'],
		['urge', 'We urge the ministry to act.'],
		['urged', 'Residents urged the council to cancel the fee.'],
		['urges', 'The governor urges regents to share data.'],
		['called on', 'He called on the ministry to release the data.'],
		['calls on', 'The council calls on farmers to register.'],
		['requested', 'The headmaster requested extra teachers.'],
		['requests', 'The village requests a new well.'],
		['appealed', 'The regent appealed to residents to save water.'],
		['demanded', 'Students demanded a refund of the fees.'],
		['is asked', 'Every school is asked to report its spending.'],
		['are asked', 'Residents are asked to stay indoors.']
	],
	questionAfterAsked: [
		['about', 'Asked about the delay, the regent said the lane would be finished soon.'],
		['how', 'Asked how the grant works, the mayor said staff would explain it.'],
		['whether', 'Asked whether the pier would reopen, the regent smiled.'],
		['what', 'Asked what comes next, the mayor said the council would decide.'],
		['why', 'Asked why the ward closed, the director said it would reopen.'],
		['when', 'Asked when the ferry resumes, the regent said it would be soon.'],
		['if', 'Asked if the market would reopen, the regent nodded.']
	],
	requestBlockBefore: [],
	urgeObjectEnds: [],
	ownPushBefore: [],
	blockBefore: [
		['who', 'Residents who pledged support met the mayor.'],
		['which', 'The grant, which will open in May, is small.'],
		['that it', 'The agency denied that it will raise fees.'],
		['to', 'Residents want the council to pledge support.'],
		['if', 'Donors check if pledged money arrives on time.']
	],
	relativeBefore: [],
	negationBefore: [
		['not', 'The council does not plan to raise fees.'],
		['never', 'The regent never promised a new harbour.'],
		['no longer', 'The agency is no longer committed to the plan.']
	],
	negationSuffixes: [["n't", "The council doesn't plan to raise fees."]],
	negationAfter: [
		['not', 'The council will not raise fees.'],
		['never', 'The mayor will never close the market.']
	],
	nonAgentive: [
		['be expected', 'Delays will be expected during the works.'],
		['be likely', 'Delays will be likely during the works.'],
		['be able', 'Residents will be able to vote online.'],
		['become', 'The old depot will become a park.'],
		['happen', 'The handover will happen in March.'],
		['occur', 'Outages will occur on Sunday.'],
		['end', 'The festival will end on Sunday.'],
		['face', 'Farmers will face a dry season.'],
		['have', 'The town will have two new parks.'],
		['be held', 'The hearing will be held on Monday.'],
		['be the', 'It will be the largest market in the city.'],
		['be a', 'It will be a busy week for the council.'],
		['be an', 'It will be an open tender.'],
		['be more', 'The service will be more reliable.'],
		['be very', 'The week will be very busy.'],
		['likely', 'The ferry will likely sail in May.'],
		['probably', 'The pier will probably reopen in May.'],
		['depend', 'The timing will depend on the weather.'],
		['affect', 'The works will affect traffic downtown.'],
		['remain', 'The pier will remain closed.']
	],
	nonAgentiveAdverbs: [],
	duty: [
		['stipulate', 'The rules stipulate that the council will approve budgets.'],
		['stipulates', 'The charter stipulates that the mayor will chair the board.'],
		['mandate', 'The bylaws mandate that the board will meet monthly.'],
		['mandates', 'The constitution mandates that the House will approve the budget.'],
		['requires', 'The code requires that the agency will publish tenders.']
	],
	prediction: [
		['predicted', 'Officials predicted the council will approve the plan.'],
		['forecast', 'Analysts forecast the council will approve the plan.'],
		['expected to', 'The mayor is expected to speak, and the council will approve the plan.'],
		['is likely', 'It is likely the council will approve the plan.'],
		['are likely', 'Members are likely to agree, and the council will approve the plan.']
	],
	past: [
		['yesterday', 'Yesterday the city allocated funds for drains.'],
		['last year', 'Last year the regency allocated funds for lanes.'],
		['ago', 'Two weeks ago the city allocated funds for parks.'],
		['had', 'The regency had allocated funds for the dock.']
	],
	condition: [
		['if', 'The House will summon the minister if he is absent again.'],
		['as long as', 'We will keep the ward open as long as donors help.'],
		['provided that', 'The city will waive the fee provided that papers are complete.'],
		['unless', 'The council will vote on Friday unless the quorum fails.'],
		['subject to', 'The agency will hire nurses, subject to approval.']
	],
	hedge: [
		['try', 'We will try to finish the canal by June.'],
		['tries', 'The council is ready to act and tries to calm traders.'],
		['seek', 'The city will seek new donors.'],
		['seeks', 'The council is ready to act and seeks new donors.'],
		['strive', 'We will strive for cleaner rivers.'],
		['plan to', 'We are ready to act and plan to widen the canal.'],
		['plans to', 'The council is ready to act and plans to widen the canal.'],
		['aim to', 'We are ready to help and aim to finish by May.'],
		['aims to', 'The council is ready to help and aims to finish by May.'],
		['intend to', 'We are ready to help and intend to finish by May.'],
		['intends to', 'The council is ready to help and intends to finish by May.'],
		['as far as', 'The city will help as far as its means allow.'],
		['push for', 'The faction will push for a new bylaw.'],
		['hope to', 'The mayor will act, and we hope to open the market in May.']
	],
	keywords: {
		budget: [
			['budget', 'The council will discuss the budget next week.'],
			['budgets', 'The council will review ward budgets next week.'],
			['budgetary', 'The council will review budgetary rules.'],
			['fund', 'The council will fund the mural.'],
			['funds', 'The council will release funds for the mural.'],
			['funding', 'The council will secure funding for the mural.'],
			['allocate', 'We will allocate part of the parking fees.'],
			['allocated', 'Part of the parking fees will be allocated to the wards.'],
			['allocating', 'The council is committed to allocating more to the wards.'],
			['funded', 'The new ferry will be funded by the province.'],
			['allocation', 'The council will raise the allocation for villages.'],
			['financing', 'The council will arrange financing for the pier.'],
			['spending', 'The council will cut spending on cars.']
		],
		oversight: [
			['oversee', 'The House will oversee the tender.'],
			['oversees', 'The council is ready to act and oversees the tender.'],
			['oversight', 'The House will tighten oversight of the tender.'],
			['supervise', 'The agency will supervise the tender.'],
			['supervision', 'The agency will tighten supervision of the tender.'],
			['scrutinize', 'The House will scrutinize the tender.'],
			['scrutiny', 'The House will increase scrutiny of the tender.'],
			['summon', 'The House will summon the minister.'],
			['question', 'The council will question the regent.'],
			['questioning', 'The council will keep questioning the regent.'],
			['investigate', 'The council will investigate the tender.'],
			['watchdog', 'The agency will set up a watchdog.']
		],
		regulation: [
			['law', 'The House will revise the law on elections.'],
			['laws', 'The House will revise two laws.'],
			['bill', 'The council will debate the zoning bill.'],
			['bills', 'The council will debate two bills.'],
			['legislation', 'The House will debate the legislation.'],
			['regulation', 'The ministry will review the regulation.'],
			['regulations', 'The ministry will review the regulations.'],
			['decree', 'The governor will sign the decree.'],
			['ordinance', 'The council will debate the ordinance.'],
			['initiative rights', 'The council will use its initiative rights.']
		],
		program: [
			['programs', 'The city will merge two programs.'],
			['programme', 'The city will relaunch the programme.'],
			['project', 'The city will finish the project.'],
			['projects', 'The city will finish two projects.'],
			['scheme', 'The agency will relaunch the scheme.'],
			['services', 'The city will improve services for the elderly.'],
			['road', 'The agency will pave the road.'],
			['roads', 'The agency will pave two roads.'],
			['bridge', 'The agency will paint the bridge.'],
			['bridges', 'The agency will paint two bridges.'],
			['clinic', 'The regency will staff the clinic.'],
			['clinics', 'The regency will staff two clinics.'],
			['school', 'The regency will repaint the school.'],
			['schools', 'The regency will repaint two schools.'],
			['hospital', 'The regency will staff the hospital.'],
			['hospitals', 'The regency will staff two hospitals.']
		],
		other: [
			['quality', 'We will raise the quality of hearings.'],
			['performance', 'The agency will review staff performance.'],
			['personnel', 'The police will rotate personnel.'],
			['reform', 'The police will reform rotation rules.']
		]
	},
	verbCategories: {
		regulation: [
			['legislate', 'The council will legislate on noise.'],
			['enact', 'The House will enact it soon.'],
			['pass', 'The House will pass it next month.']
		],
		program: [
			['repair', 'The city will repair the old gate.'],
			['renovate', 'The city will renovate the old gate.'],
			['support', 'The governor will support the idea.'],
			['implement', 'The agency will implement the plan.'],
			['expand', 'The city will expand the park.'],
			['adding', 'The agency is committed to adding ten buses.'],
			['add', 'The city will add ten buses.'],
			['build', 'The regency will build a stadium.'],
			['provide', 'The city will provide free buses.'],
			['develop', 'The regency will develop the waterfront.']
		]
	},
	stopWords: [
		['so that', 'We will act so that the budget is not wasted.'],
		['in order to', 'We will act in order to protect the budget.'],
		['because', 'We will act because the budget is short.'],
		['until', 'We will wait until the budget is passed.'],
		['how', 'The mayor will explain how the budget works.'],
		['whether', 'The mayor will decide whether the budget changes.']
	],
	requestOpeners: [],
	means: [
		['through', 'The House will help through its budget function.'],
		['via', 'The House will help via its oversight role.']
	],
	policyVerbs: [
		['draft', 'The city will draft a policy on parking.'],
		['issue', 'The ministry will issue new policies soon.']
	],
	policyNouns: [
		['policy', 'The city will draft a policy on noise.'],
		['policies', 'The ministry will issue two policies on waste.']
	],
	compoundModifiers: [
		['fund', 'The House will pass the village fund bill.'],
		['funds', 'The council will debate the funds bill.'],
		['funding', 'The city will launch a funding scheme.'],
		['budget', 'The House will debate the budget law.'],
		['oversight', 'The House will draft an oversight bill.'],
		['audit', 'The agency will run an audit scheme.'],
		['monitoring', 'The council will launch a monitoring scheme.']
	],
	reportingVerbs: [
		['said', 'The agency will act soon, its head said that schools get new roofs.'],
		['says', 'The agency will act soon, its head says that schools get new roofs.'],
		['pledged', 'The council will act, and it pledged that clinics stay open.'],
		['promised', 'The council will act, and it promised that clinics stay open.'],
		['stated', 'The council will act, as it stated that roads come first.'],
		['vowed', 'The regent will act soon, he vowed that bridges get fixed.'],
		['emphasized', 'The mayor will act, she emphasized that hospitals come first.'],
		['added', 'The council will act, he added that schools come first.'],
		['agreed', 'The council will act, members agreed that roads come first.'],
		['ensure', 'The council will ensure that schools get new roofs.'],
		['ensured', 'The council will act, it ensured that clinics stay open.']
	],
	relativePronouns: [
		['which', 'The council will visit the market, which needs new roads.'],
		['that', 'The council will visit a market that needs new roads.'],
		['who', 'The council will meet traders who need new roads.']
	],
	coordinators: [
		['and', 'The House will oversee the tender and the budget.'],
		['as well as', 'The House will oversee the tender as well as the budget.']
	]
};
