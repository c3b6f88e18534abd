import torch

torch.manual_seed(0)


def build():
    model = torch.nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)  # (1)!
    return model, optimizer, scheduler


model, optimizer, scheduler = build()
for epoch in range(3):
    optimizer.zero_grad()
    model(torch.randn(4, 3)).pow(2).mean().backward()
    optimizer.step()
    scheduler.step()
checkpoint = {"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}

model, optimizer, scheduler = build()
optimizer.load_state_dict(checkpoint["optimizer"])  # (2)!
scheduler.load_state_dict(checkpoint["scheduler"])
print(
    "resumed: last_epoch",
    scheduler.last_epoch,
    "| lr",
    optimizer.param_groups[0]["lr"],
    "| initial_lr",
    optimizer.param_groups[0]["initial_lr"],
)
