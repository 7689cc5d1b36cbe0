// The scenario run against the emulator by GoClientScenarioTest. The build copies this directory to
// target/go/scenario, beside the assembled client module target/go/live-engine-go, which the
// replace directive below points at: no module proxy is involved.
module liveengine.test/scenario

go 1.19

require github.com/live-engine/live-engine-go v0.0.0

replace github.com/live-engine/live-engine-go => ../live-engine-go
