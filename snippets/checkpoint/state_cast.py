import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model(torch.randn(8, 3)).pow(2).mean().backward()
optimizer.step()
saved = optimizer.state_dict()


def describe(opt, param):
    state = opt.state[param]
    return f"exp_avg {state['exp_avg'].dtype}, step {state['step'].dtype}"


print("float32 parameters, saved: ", describe(optimizer, model.weight))

double = nn.Linear(3, 1).double()
restored = torch.optim.Adam(double.parameters(), lr=0.01)
restored.load_state_dict(saved)  # (1)!
print("float64 parameters, loaded:", describe(restored, double.weight))

same = nn.Linear(3, 1)
restored = torch.optim.Adam(same.parameters(), lr=0.01)
restored.load_state_dict(saved)  # (2)!
shared = restored.state[same.weight]["exp_avg"] is optimizer.state[model.weight]["exp_avg"]
print("float32 parameters, loaded: exp_avg is the first optimizer's tensor:", shared)

late = nn.Linear(3, 1)
restored = torch.optim.Adam(late.parameters(), lr=0.01)
restored.load_state_dict(saved)
late.double()  # (3)!
late(torch.randn(8, 3, dtype=torch.float64)).pow(2).mean().backward()
try:
    restored.step()
except RuntimeError as error:
    print(f"converted to float64 after loading, step(): {type(error).__name__}: {error}")
