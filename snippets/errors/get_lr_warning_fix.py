import torch

torch.manual_seed(0)

w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
(w - 1).pow(2).sum().backward()
optimizer.step()
scheduler.step()

print(
    "get_last_lr():",
    scheduler.get_last_lr(),  # (1)!
    "| lr in param_groups:",
    optimizer.param_groups[0]["lr"],
)
