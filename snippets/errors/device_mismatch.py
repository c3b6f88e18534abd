import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model(torch.randn(8, 3)).pow(2).mean().backward()
optimizer.step()
checkpoint = {"model": model.state_dict(), "optimizer": optimizer.state_dict()}

device = torch.device("meta")  # (1)!
model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
torch.__future__.set_swap_module_params_on_conversion(True)  # (2)!
try:
    model.to(device)  # (3)!
finally:
    torch.__future__.set_swap_module_params_on_conversion(False)
print("optimizer holds model.weight:", optimizer.param_groups[0]["params"][0] is model.weight)
exp_avg = optimizer.state[model.weight]["exp_avg"]
print("weight on", model.weight.device, "| exp_avg on", exp_avg.device)

optimizer.zero_grad()
model(torch.randn(8, 3, device=device)).pow(2).mean().backward()
try:
    optimizer.step()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
